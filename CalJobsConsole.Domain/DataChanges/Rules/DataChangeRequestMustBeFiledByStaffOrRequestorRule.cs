using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.DataChanges.Rules;

/// <summary>
/// SCO-1 (WSD24-13, Program Reporting and Performance; DCR-1): a Data Change Request Form (WSD18-02) is filed by the staff who
/// work the participant's record, or by their manager or supervisor (a requestor) — never by someone outside the area's staff.
/// </summary>
public sealed class DataChangeRequestMustBeFiledByStaffOrRequestorRule(bool isStaffOrRequestor) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !isStaffOrRequestor;

    public string Reason => "Data change requests are filed by staff or a requestor (a manager or supervisor) for participant records of their area.";

    public string Remedy => "Ask a staff member or supervisor of the participant's area to file it.";
}
