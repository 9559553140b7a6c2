using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Access.Rules;

/// <summary>
/// SCO-1 (WSD24-13, Managing CalJOBS Staff Accounts; CalJOBS Support): statewide views and acts — every area, the
/// privilege catalogue, suspensions, monitoring — belong to the CalJOBS Operations Unit, not to any one area.
/// </summary>
public sealed class UserMustBeInOperationsUnitRule(bool isOperationsUnit, string work) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !isOperationsUnit;

    /// <param name="work">What only the Operations Unit does, e.g. "sees this statewide view".</param>
    public string Reason => $"Only the Operations Unit {work}.";

    public string Remedy => "Ask the CalJOBS Operations Unit, or open your own area.";
}
