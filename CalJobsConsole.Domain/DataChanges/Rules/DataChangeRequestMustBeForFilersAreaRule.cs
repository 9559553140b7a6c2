using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.DataChanges.Rules;

/// <summary>
/// SCO-1 (WSD24-13, Program Reporting and Performance; DCR-1): a data change request concerns a participant record of the
/// filer's own area — the office of their staff account, or of the staff they supervise — whose administrator signs it.
/// </summary>
public sealed class DataChangeRequestMustBeForFilersAreaRule(bool officeIsFilers) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !officeIsFilers;

    public string Reason => "This office is not in your area: you file data change requests only for participant records of your own area.";

    public string Remedy => "Choose one of the offices the form offers, or ask that area's staff to file the request.";
}
