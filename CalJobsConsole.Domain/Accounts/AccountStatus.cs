namespace CalJobsConsole.Domain.Accounts;

/// <summary>A staff account's lifecycle.</summary>
public enum AccountStatus
{
    /// <summary>Created; the staff member has not yet signed in and changed the temporary password (CRD-1).</summary>
    PendingFirstSignIn = 1,

    Active = 2,

    /// <summary>Access revoked until the cause is cured: an overdue renewal, or the Operations Unit's decision (REV-1).</summary>
    Suspended = 3,

    /// <summary>Closed for good (DEA-1); a new need starts with a new-account request.</summary>
    Deactivated = 4,
}

public enum SuspensionCause
{
    /// <summary>The annual renewal was not approved by its due date (REV-1); a renewal lifts it.</summary>
    OverdueRenewal = 1,

    /// <summary>The Operations Unit suspended the account with a reason (REV-1); only it lifts it.</summary>
    OperationsUnit = 2,
}

public static class AccountStatusNames
{
    /// <summary>The status as people read it, on every screen and in the CSV export: "Pending first sign-in", never the enum's name.</summary>
    public static string DisplayName(this AccountStatus status) => status switch
    {
        AccountStatus.PendingFirstSignIn => "Pending first sign-in",
        AccountStatus.Active => "Active",
        AccountStatus.Suspended => "Suspended",
        AccountStatus.Deactivated => "Deactivated",
        _ => status.ToString(),
    };
}
