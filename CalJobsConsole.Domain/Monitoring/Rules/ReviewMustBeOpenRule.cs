using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Monitoring.Rules;

/// <summary>
/// MON-1 (WSD24-13, System Access Monitoring): once the Operations Unit has sent a review's results to the Directors and
/// administrators, the review stands as sent — no finding is asked about, answered or resolved afterwards.
/// </summary>
public sealed class ReviewMustBeOpenRule(MonitoringReviewStatus status, DateTimeOffset? publishedAt, string? quarter) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Mon1;

    public bool IsBroken() => status == MonitoringReviewStatus.Published;

    public string Reason => $"The monitoring review of {quarter} was published on {publishedAt:yyyy-MM-dd}; its results were sent as they stood.";

    public string Remedy => "Follow up in the next quarter's review, or contact the area's administrator directly.";
}
