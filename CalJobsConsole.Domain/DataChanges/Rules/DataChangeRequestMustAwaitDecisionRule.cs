using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.DataChanges.Rules;

/// <summary>
/// DCR-1 (WSD24-13, Program Reporting and Performance): the administrator reviews and signs a data change request once —
/// a request already signed or declined stands as decided and is not decided again.
/// </summary>
public sealed class DataChangeRequestMustAwaitDecisionRule(DataChangeStatus status, DateTimeOffset? decidedAt) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Dcr1;

    public bool IsBroken() => status != DataChangeStatus.Submitted;

    public string Reason => $"This data change request was already {status.DisplayName().ToLowerInvariant()} on {decidedAt:yyyy-MM-dd}.";

    public string Remedy => "Reload the request; if the data still needs changing, the requestor files a new data change request.";
}
