namespace CalJobsConsole.App.Data.Audit;

/// <summary>
/// One entry of the append-only audit trail: who did what to which record, when, with its state before and after
/// (as JSON). Written in the same SaveChanges as the change itself; never updated or deleted.
/// </summary>
public sealed class AuditRecord
{
    private AuditRecord()
    {
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The user who acted; null for the system (a background job).</summary>
    public Guid? ActorId { get; private set; }

    /// <summary>What was done, e.g. "designation.recorded", "privilege-group.changed".</summary>
    public string Action { get; private set; } = "";

    public string EntityType { get; private set; } = "";

    public Guid EntityId { get; private set; }

    /// <summary>The area the record belongs to, for per-area views; null for statewide records.</summary>
    public Guid? AreaId { get; private set; }

    /// <summary>The System Access Request the change came from, when it came from one.</summary>
    public Guid? RequestId { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }

    internal static AuditRecord Create(DateTimeOffset at, Guid? actorId, string action, string entityType, Guid entityId, Guid? areaId,
        string? before, string? after, Guid? requestId) =>
        new()
        {
            At = at,
            ActorId = actorId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            AreaId = areaId,
            RequestId = requestId,
            Before = before,
            After = after,
        };
}
