using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Requests.Rules;

/// <summary>
/// SCO-1 (WSD24-13, Managing CalJOBS Staff Accounts; Attachment 3): a requestor files a System Access Request for the staff
/// they supervise — a reset, update, renewal or deactivation names one of their own staff members' accounts.
/// </summary>
public sealed class StaffAccountMustBeRequestorsOwnRule(bool supervised) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !supervised;

    public string Reason => "This staff account is not one you supervise: you file requests only for your own staff.";

    public string Remedy => "Choose one of your own staff accounts, or ask the staff member's supervisor to file the request.";
}
