namespace CalJobsConsole.Domain.IssueReports;

/// <summary>How urgent a system issue is, as the administrator judges it on the Issue Reporting Form (Attachment 2).</summary>
public enum IssueUrgency
{
    /// <summary>An inconvenience; work goes on.</summary>
    Low = 1,

    /// <summary>Work goes on with a workaround.</summary>
    Normal = 2,

    /// <summary>Work is slowed or partly blocked, with no workaround.</summary>
    High = 3,

    /// <summary>Work stopped: staff cannot serve participants or employers.</summary>
    Urgent = 4,
}

public static class IssueUrgencyNames
{
    public static string DisplayName(this IssueUrgency urgency) => urgency switch
    {
        IssueUrgency.Low => "Low: an inconvenience, work goes on",
        IssueUrgency.Normal => "Normal: work goes on with a workaround",
        IssueUrgency.High => "High: work is slowed, no workaround",
        IssueUrgency.Urgent => "Urgent: work stopped",
        _ => urgency.ToString(),
    };
}
