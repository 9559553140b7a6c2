using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Areas.Rules;

/// <summary>
/// SCO-1 (WSD24-13, Managing CalJOBS Staff Accounts; Roles and Responsibilities): a CalJOBS SPOC covers what their division
/// decided — an office a SPOC covers by name stays with that division until the coverage changes, so no SPOC's coverage
/// points at another division's office.
/// </summary>
public sealed class OfficeCoveredBySpocMustKeepItsDivisionRule(Office office, Area currentDivision, Area newDivision) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() =>
        newDivision.Id != office.ServingDivisionId
        && currentDivision.ActiveDesignations.Any(d => d.Coverage is { WholeDivision: false } coverage && coverage.Covers(office.Id));

    public string Reason => $"A CalJOBS SPOC of {currentDivision.Name} covers {office.Name} by name; it cannot move to {newDivision.Name}.";

    public string Remedy => "Change that SPOC's coverage first, then move the office.";
}
