using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Areas.Rules;

/// <summary>
/// DES-2 (WSD24-13, System Access Training): administrators "will receive additional training on the
/// roles and responsibilities outlined in this Directive prior to receiving their administrative account."
/// </summary>
public sealed class AdministratorMustBeTrainedRule(AdministratorActor administrator) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Des2;

    public bool IsBroken() => administrator.TrainingCompletedOn is null;

    public string Reason =>
        $"{administrator.Name} holds a {administrator.Role.DisplayName()} seat but has not completed administrator training.";

    public string Remedy => "The Operations Unit records the administrator's training completion date; administrative actions are open from then on.";
}
