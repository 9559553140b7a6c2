using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Accounts.Rules;

/// <summary>
/// SCO-1 (WSD24-13, Managing CalJOBS Staff Accounts): an account is administered by the area its office belongs to — the
/// office's Local Area (LWIA staff) or the field division serving it (WSB staff) — so an account's office must be in its area.
/// </summary>
public sealed class ImportedOfficeMustBeInAccountsAreaRule(string officeName, string areaName, bool officeIsInArea) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !officeIsInArea;

    public string Reason => $"The office {officeName} is neither in {areaName} nor served by it.";

    public string Remedy => $"Give the area that administers {officeName}'s staff (its Local Area or its serving field division), or the staff member's real office.";
}
