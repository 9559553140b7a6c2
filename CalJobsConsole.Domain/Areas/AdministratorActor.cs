using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Areas;

/// <summary>
/// An administrator about to act: a snapshot of their active designation and area, read fresh for
/// each action, which every administrative method of the domain checks (DES-2, REV-1, SCO-1). The
/// console's user scope holds one per seat, so there is one idea of a seat, its training and its suspension.
/// </summary>
public sealed record AdministratorActor(
    Guid PersonId,
    string Name,
    Guid AreaId,
    string AreaName,
    AdministratorRole Role,
    SpocCoverage? Coverage,
    DateOnly? TrainingCompletedOn,
    string? SuspensionReason = null,
    DateOnly? SuspendedOn = null)
{
    /// <summary>DES-2: the Operations Unit recorded the administrator's training.</summary>
    public bool IsTrained => TrainingCompletedOn is not null;

    /// <summary>REV-1: the Operations Unit suspended this administrator's privileges; every administrative action is refused.</summary>
    public bool IsSuspended => SuspensionReason is not null || SuspendedOn is not null;

    /// <summary>SCO-1: whether an account or request of <paramref name="areaId"/> at <paramref name="officeId"/> is theirs.</summary>
    public bool Covers(Guid areaId, Guid officeId) =>
        areaId == AreaId && (Coverage is null || Coverage.Covers(officeId));

    /// <summary>SCO-1 for an act on the area as a whole (an area's notice, its designations): any seat of the area takes it in.</summary>
    public bool Covers(Guid areaId, Guid? officeId) => officeId is { } office ? Covers(areaId, office) : areaId == AreaId;

    /// <summary>
    /// What every administrative act requires of the one who takes it, all evaluated at once: DES-2 (trained), REV-1
    /// (not suspended) and SCO-1 (the area and, when the act is on an office's account or request, the office).
    /// </summary>
    public IReadOnlyList<IBusinessRule> RulesToActOn(Guid areaId, Guid? officeId) =>
    [
        new AdministratorMustActWithinScopeRule(this, areaId, officeId),
        new AdministratorMustBeTrainedRule(this),
        new AdministratorMustNotBeSuspendedRule(this),
    ];
}
