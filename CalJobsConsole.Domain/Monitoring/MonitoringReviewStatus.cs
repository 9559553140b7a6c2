namespace CalJobsConsole.Domain.Monitoring;

public enum MonitoringReviewStatus
{
    /// <summary>Drawn; the Operations Unit works its findings.</summary>
    Open = 1,

    /// <summary>Results sent to each sampled area's Director and administrators; nothing changes any more.</summary>
    Published = 2,
}

/// <summary>Where one finding stands in the review.</summary>
public enum FindingStatus
{
    /// <summary>Found by the automatic checks; nobody has acted on it yet.</summary>
    Open = 1,

    /// <summary>The Operations Unit asked the area's administrator for more documentation.</summary>
    DocumentationRequested = 2,

    /// <summary>The administrator answered (an explanation, a document or both); the Operations Unit decides.</summary>
    Answered = 3,

    /// <summary>The Operations Unit marked it resolved, with a note.</summary>
    Resolved = 4,
}

public static class FindingStatuses
{
    public static string DisplayName(this FindingStatus status) => status switch
    {
        FindingStatus.Open => "Open",
        FindingStatus.DocumentationRequested => "Documentation requested",
        FindingStatus.Answered => "Answered",
        FindingStatus.Resolved => "Resolved",
        _ => status.ToString(),
    };
}
