using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Areas.Rules;

/// <summary>
/// CAP-1 (WSD24-13, Policy and Procedures): "Each Local Area can have up to three MIS
/// Administrators, and each field division can have up to five WSB CalJOBS SPOCs."
/// </summary>
public sealed class AreaMustHaveFreeAdministratorSeatRule(string areaName, AreaKind kind, int activeDesignations) : IBusinessRule
{
    public const int LocalAreaCap = 3;
    public const int FieldDivisionCap = 5;

    public static int CapFor(AreaKind kind) => kind == AreaKind.LocalArea ? LocalAreaCap : FieldDivisionCap;

    public RuleCode Rule => RuleCode.Cap1;

    public bool IsBroken() => activeDesignations >= CapFor(kind);

    public string Reason =>
        $"{areaName} already has {activeDesignations} of {CapFor(kind)} {kind.AdministratorRoleOf().DisplayName()}s.";

    public string Remedy =>
        $"Remove one of them with a designation form signed by the {kind.SignerTitle()} (or their designee) before adding another.";
}
