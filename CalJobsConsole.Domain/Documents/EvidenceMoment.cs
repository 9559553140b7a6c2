using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.Domain.Documents;

/// <summary>The acts that the evidence table of DESIGN.md asks documents for.</summary>
public enum EvidenceMoment
{
    Creation = 1,
    AnnualRenewal = 2,
    PasswordReset = 3,
    Deactivation = 4,
    PrivilegeUpdate = 5,
}

public static class EvidenceMoments
{
    public static EvidenceMoment For(AccessRequestKind kind) => kind switch
    {
        AccessRequestKind.NewAccount => EvidenceMoment.Creation,
        AccessRequestKind.AnnualRenewal => EvidenceMoment.AnnualRenewal,
        AccessRequestKind.PasswordReset => EvidenceMoment.PasswordReset,
        AccessRequestKind.Deactivation => EvidenceMoment.Deactivation,
        AccessRequestKind.PrivilegeUpdate => EvidenceMoment.PrivilegeUpdate,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The act as DOC-1's messages and the evidence panel name it: "new account", "annual renewal", …</summary>
    public static string DisplayName(this EvidenceMoment moment) => moment switch
    {
        EvidenceMoment.Creation => "new account",
        EvidenceMoment.AnnualRenewal => "annual renewal",
        EvidenceMoment.PasswordReset => "password reset",
        EvidenceMoment.Deactivation => "deactivation",
        EvidenceMoment.PrivilegeUpdate => "privilege update",
        _ => moment.ToString(),
    };
}
