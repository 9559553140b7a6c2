namespace CalJobsConsole.Domain.IssueReports;

/// <summary>Where an issue report stands (ISS-1): with the area's administrator, closed as user error, or with the Operations Unit.</summary>
public enum IssueReportStatus
{
    /// <summary>The staff member reported it; the area's administrator has not looked yet.</summary>
    Reported,

    /// <summary>The administrator found it is a system issue; the reporting form (Attachment 2) is being completed.</summary>
    Verified,

    /// <summary>The administrator found it is user error and closed it with a note back to the staff member.</summary>
    ClosedAsUserError,

    /// <summary>The completed reporting form went to the Operations Unit, which replies to the administrator.</summary>
    SubmittedToOperationsUnit,

    /// <summary>The Operations Unit marked it resolved.</summary>
    Resolved,
}

public static class IssueReportStatusNames
{
    public static string DisplayName(this IssueReportStatus status) => status switch
    {
        IssueReportStatus.Reported => "Reported to the administrator",
        IssueReportStatus.Verified => "Verified as a system issue",
        IssueReportStatus.ClosedAsUserError => "Closed as user error",
        IssueReportStatus.SubmittedToOperationsUnit => "With the Operations Unit",
        IssueReportStatus.Resolved => "Resolved",
        _ => status.ToString(),
    };
}
