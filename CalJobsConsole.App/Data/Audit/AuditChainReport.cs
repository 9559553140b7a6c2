namespace CalJobsConsole.App.Data.Audit;

/// <summary>How the chain is broken at the first record that does not verify.</summary>
public enum AuditChainBreakKind
{
    /// <summary>A record's content no longer matches its hash (or was rewritten with a new hash the chain does not link to).</summary>
    Changed,

    /// <summary>A record is gone: the record after it links to a hash no record has, or the head names a record that is missing.</summary>
    Deleted,

    /// <summary>A record the chain does not link: the record after it skips it, or it lies past the chain's head.</summary>
    Inserted,
}

/// <summary>The first broken record: its number (for a deleted one, the first missing number) and what is wrong.</summary>
public sealed record AuditChainBreak(AuditChainBreakKind Kind, long RecordId, string Explanation)
{
    public string KindWord => Kind switch
    {
        AuditChainBreakKind.Changed => "changed",
        AuditChainBreakKind.Deleted => "deleted",
        _ => "inserted",
    };
}

/// <summary>What a verification found: intact with its record count and head, or the first break.</summary>
public sealed record AuditChainReport(long RecordsVerified, long HeadId, string HeadHash, AuditChainBreak? Break)
{
    public bool Intact => Break is null;

    public string Summary => Break is { } broken
        ? $"The audit trail is BROKEN at record No. {broken.RecordId} ({broken.KindWord}): {broken.Explanation} " +
          $"{RecordsVerified:N0} record(s) before it verified."
        : $"The audit trail is intact: {RecordsVerified:N0} record(s), each matching its hash and linked to the one before; " +
          $"the last is No. {HeadId}, hash {HeadHash}.";
}
