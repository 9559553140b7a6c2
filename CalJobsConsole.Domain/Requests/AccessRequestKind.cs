namespace CalJobsConsole.Domain.Requests;

/// <summary>The five things a System Access Request (Attachment 3) asks for (REQ-1).</summary>
public enum AccessRequestKind
{
    NewAccount = 1,
    PasswordReset = 2,
    PrivilegeUpdate = 3,
    AnnualRenewal = 4,
    Deactivation = 5,
}

public static class AccessRequestKinds
{
    public static string DisplayName(this AccessRequestKind kind) => kind switch
    {
        AccessRequestKind.NewAccount => "new account",
        AccessRequestKind.PasswordReset => "password reset",
        AccessRequestKind.PrivilegeUpdate => "privilege update",
        AccessRequestKind.AnnualRenewal => "annual renewal",
        AccessRequestKind.Deactivation => "deactivation",
        _ => kind.ToString(),
    };
}
