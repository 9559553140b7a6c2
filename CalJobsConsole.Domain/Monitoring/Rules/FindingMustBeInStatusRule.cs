using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Monitoring.Rules;

/// <summary>
/// MON-1 (WSD24-13, System Access Monitoring): a finding moves in order — the Operations Unit may request more documentation
/// of an open or answered finding, the area's administrator answers a request, the Operations Unit resolves what is not yet
/// resolved. An action out of order (answering twice, resolving twice) is refused with where the finding stands.
/// </summary>
public sealed class FindingMustBeInStatusRule(string action, FindingStatus status, params FindingStatus[] allowed) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Mon1;

    public bool IsBroken() => allowed is not null && !allowed.Contains(status);

    public string Reason => $"The finding is {status.DisplayName().ToLowerInvariant()}: it cannot be {action} now.";

    public string Remedy => allowed is null || allowed.Length == 0 ? "Reload the review."
        : $"Reload the review: this is done to a finding that is {string.Join(" or ", allowed.Select(s => s.DisplayName().ToLowerInvariant()))}.";
}
