using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.VosGreeter.Rules;

/// <summary>
/// VOS-1 (WSD24-13, VOSGreeter Setup): a visitor picks one reason from the office's list, so no two reasons of an office
/// carry the same label (compared without regard to case or surrounding spaces).
/// </summary>
public sealed class CheckInLabelMustBeUniqueRule(IEnumerable<string> existingLabels, string label, string officeName) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Vos1;

    public bool IsBroken() => existingLabels.Any(l => string.Equals(l.Trim(), label.Trim(), StringComparison.OrdinalIgnoreCase));

    public string Reason => $"{officeName} already has a check-in reason '{label}'.";

    public string Remedy => "Use a different label, or reactivate or rename the existing reason.";
}
