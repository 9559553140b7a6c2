using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Attestations.Rules;

/// <summary>
/// PRE-1 (WSD24-13, Create New CalJOBS Staff User Account): "All users must complete Information Security
/// and Privacy Awareness (ISPA) training."
/// </summary>
public sealed class StaffMustCompleteIspaTrainingRule(DateOnly? ispaCompletedOn) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Pre1;

    public bool IsBroken() => ispaCompletedOn is null;

    public string Reason => "No ISPA training completion date is recorded.";

    public string Remedy => "The staff member completes ISPA training and the requestor records the completion date on the request.";
}
