using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Access.Rules;

/// <summary>
/// SCO-1 (WSD24-13, Managing CalJOBS Staff Accounts): a record of another area or coverage — or one that does not exist —
/// is refused in the same words, so the refusal says nothing about whether it exists or whose it is.
/// </summary>
public sealed class RecordMustBeInUsersScopeRule(bool inScope, string record) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !inScope;

    /// <param name="record">What was asked for, e.g. "request", "data change request".</param>
    public string Reason => $"This {record} is not yours: you see and act only on those of your own area and coverage.";

    public string Remedy => "Open it from your own lists; one of another area goes to that area's administrator, and the Operations Unit sees every area.";
}
