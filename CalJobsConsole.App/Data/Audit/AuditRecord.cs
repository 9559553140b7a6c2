namespace CalJobsConsole.App.Data.Audit;

/// <summary>
/// One entry of the append-only audit trail: who did what to which record, when, with its state before and after
/// (as JSON). Written in the same SaveChanges as the change itself; never updated or deleted.
/// Each record is a link of a hash chain (NIST AU-9(3), docs/audit.md): <see cref="ContentHash"/> covers every field and the
/// <see cref="PreviousHash"/>, which is the content hash of the record before it (<see cref="AuditHash.Genesis"/> for the
/// first). <see cref="ConsoleDbContext"/> numbers and seals each new record as it saves it (<see cref="AuditChain"/>), and
/// <see cref="AuditChainVerifier"/> walks the chain to find the first record changed, deleted or inserted behind the console's back.
/// </summary>
public sealed class AuditRecord
{
    private AuditRecord()
    {
    }

    /// <summary>The record's place in the chain: one more than the record before it (hashed, so it cannot be renumbered unseen).</summary>
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

    /// <summary>SHA-256 (lower-case hex) of the record's canonical encoding, <see cref="PreviousHash"/> included (<see cref="AuditHash"/>).</summary>
    public string ContentHash { get; private set; } = "";

    /// <summary>The <see cref="ContentHash"/> of the record before this one; <see cref="AuditHash.Genesis"/> for the first record.</summary>
    public string PreviousHash { get; private set; } = "";

    /// <summary>Links the record after the one whose hash is <paramref name="previousHash"/> (its number is set by the caller, on the entry).</summary>
    internal void Seal(string previousHash)
    {
        PreviousHash = previousHash;
        ContentHash = AuditHash.Of(this);
    }

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
