using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Areas.Rules;

/// <summary>
/// SCO-1 (WSD24-13, Managing CalJOBS Staff Accounts): administrators manage "the CalJOBS staff user accounts for their
/// area" — an office whose staff hold accounts stays in its Local Area, or those accounts would silently change hands.
/// </summary>
public sealed class OfficeWithStaffAccountsMustStayInItsLocalAreaRule(Office office, Area newLocalArea, int staffAccounts) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => newLocalArea.Id != office.LocalAreaId && staffAccounts > 0;

    public string Reason =>
        $"{office.Name} has {staffAccounts} staff account{(staffAccounts == 1 ? "" : "s")} managed by its Local Area's administrators; it cannot move to {newLocalArea.Name}.";

    public string Remedy => $"Keep the office in its Local Area, or open a new office in {newLocalArea.Name} for new staff.";
}
