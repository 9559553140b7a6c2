using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Areas.Rules;

/// <summary>
/// SCO-1 (WSD24-13, Managing CalJOBS Staff Accounts; Roles and Responsibilities): "Each division can determine the areas
/// covered by their WSB CalJOBS SPOCs" — among the offices that division serves; a SPOC's coverage never reaches into
/// another division's offices.
/// </summary>
public sealed class SpocMustCoverOnlyOfficesTheirDivisionServesRule(Area division, int officesNotServed) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => division.Kind == AreaKind.FieldDivision && officesNotServed > 0;

    public string Reason =>
        $"{division.Name} does not serve {(officesNotServed == 1 ? "one of the chosen offices" : $"{officesNotServed} of the chosen offices")}; a SPOC covers only offices their division serves.";

    public string Remedy => $"Choose only offices {division.Name} serves, or cover the whole division.";
}
