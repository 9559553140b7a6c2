using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Areas.Rules;

/// <summary>
/// DES-1 (WSD24-13, Changes, Additions, and Deletions): the Operations Unit records each signed designation form
/// once — a form already recorded or refused is not recorded (or refused) again.
/// </summary>
public sealed class DesignationFormMustAwaitRecordingRule(DesignationFormStatus status) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Des1;

    public bool IsBroken() => status != DesignationFormStatus.Submitted;

    public string Reason => $"This designation form was already {status.ToString().ToLowerInvariant()}.";

    public string Remedy => "Submit a new designation form if a further change is needed.";
}
