namespace CalJobsConsole.Domain.Areas;

/// <summary>
/// An administrator about to act: a snapshot of their active designation and area, read fresh for
/// each action, which every administrative method of the domain checks (DES-2, REV-1, SCO-1).
/// </summary>
public sealed record AdministratorActor(
    Guid PersonId,
    string Name,
    Guid AreaId,
    string AreaName,
    AdministratorRole Role,
    SpocCoverage? Coverage,
    DateOnly? TrainingCompletedOn,
    string? SuspensionReason = null)
{
    /// <summary>REV-1: the Operations Unit suspended this administrator's privileges; every administrative action is refused.</summary>
    public bool IsSuspended => SuspensionReason is not null;

    /// <summary>SCO-1: whether an account or request of <paramref name="areaId"/> at <paramref name="officeId"/> is theirs.</summary>
    public bool Covers(Guid areaId, Guid officeId) =>
        areaId == AreaId && (Coverage is null || Coverage.Covers(officeId));
}
