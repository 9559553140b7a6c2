using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Data.Audit;

/// <summary>
/// Walks the audit trail's hash chain from the first record to the head, a page at a time (never the whole table at once), and
/// stops at the first record that does not verify, naming it and how it broke: <b>changed</b> (its content no longer matches its
/// hash), <b>deleted</b> (the next record links to a hash no record has, or the head names a record that is gone) or
/// <b>inserted</b> (the next record links past it, or it lies past the head). Appends that land while it walks are verified too.
/// </summary>
public sealed class AuditChainVerifier(IDbContextFactory<ConsoleDbContext> contexts)
{
    public const int PageSize = 250;

    public async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var head = await HeadAsync(db, cancellationToken);
        AuditRecord? previous = null;
        long verified = 0;
        while (true)
        {
            var afterId = previous?.Id ?? long.MinValue;
            var page = await db.AuditRecords.AsNoTracking().Where(r => r.Id > afterId).OrderBy(r => r.Id).Take(PageSize)
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                // The end of the chain must be the head's record; a head further on means appends landed while we walked.
                head = await HeadAsync(db, cancellationToken);
                var lastId = previous?.Id ?? 0;
                if (head.LastId > lastId && await db.AuditRecords.AnyAsync(r => r.Id > lastId, cancellationToken))
                    continue;
                return End(previous, head, verified);
            }
            for (var i = 0; i < page.Count; i++)
            {
                var record = page[i];
                if (record.Id > head.LastId)
                    head = await HeadAsync(db, cancellationToken);
                var next = i + 1 < page.Count ? page[i + 1] : null;
                if (await BreakAtAsync(db, record, previous, head, next, cancellationToken) is { } broken)
                    return new AuditChainReport(verified, head.LastId, head.LastHash, broken);
                previous = record;
                verified++;
            }
        }
    }

    private static AuditChainReport End(AuditRecord? last, HeadView head, long verified)
    {
        var lastId = last?.Id ?? 0;
        var lastHash = last?.ContentHash ?? AuditHash.Genesis;
        AuditChainBreak? broken = null;
        if (head.LastId > lastId)
            broken = new(AuditChainBreakKind.Deleted, lastId + 1, head.LastId == lastId + 1
                ? $"the chain's head names record No. {head.LastId} as the last, and it is gone."
                : $"the chain's head names record No. {head.LastId} as the last; the records after No. {lastId} are gone.");
        else if (head.LastHash != lastHash)
            broken = new(AuditChainBreakKind.Changed, lastId,
                "the last record's hash is not the one the chain's head recorded: it was rewritten with a new hash.");
        return new AuditChainReport(verified, head.LastId, head.LastHash, broken);
    }

    /// <summary>What is wrong at <paramref name="record"/>, given the verified record before it; null when it verifies.</summary>
    private static async Task<AuditChainBreak?> BreakAtAsync(ConsoleDbContext db, AuditRecord record, AuditRecord? previous, HeadView head,
        AuditRecord? next, CancellationToken cancellationToken)
    {
        var expectedLink = previous?.ContentHash ?? AuditHash.Genesis;
        var previousId = previous?.Id ?? 0;
        var contentMatches = AuditHash.Of(record) == record.ContentHash;
        var linked = record.PreviousHash == expectedLink;
        if (record.Id > head.LastId)
            return record.ContentHash == head.LastHash
                ? new(AuditChainBreakKind.Changed, record.Id, $"it is the chain's last record, No. {head.LastId}, renumbered.")
                : new(AuditChainBreakKind.Inserted, record.Id,
                    $"it lies past the chain's head (No. {head.LastId}): it was added without joining the chain.");
        if (linked && contentMatches)
            return null;
        if (linked)
        {
            // The content does not match its hash. If the record after it links straight to the one before, it was slipped in.
            next ??= await NextAsync(db, record.Id, cancellationToken);
            return next?.PreviousHash == expectedLink
                ? new(AuditChainBreakKind.Inserted, record.Id, "the record after it links to the record before it: the chain skips it.")
                : new(AuditChainBreakKind.Changed, record.Id, "its content no longer matches its hash.");
        }
        if (previous is not null && record.PreviousHash == previous.PreviousHash)
            return new(AuditChainBreakKind.Inserted, previous.Id,
                $"record No. {record.Id} links to the record before No. {previous.Id}: the chain skips No. {previous.Id}.");
        if (!contentMatches)
            return new(AuditChainBreakKind.Changed, record.Id, "its content (or its link to the record before) no longer matches its hash.");
        // It matches its own hash but links to a record that is not the one before it: find that record.
        var linkedId = await db.AuditRecords.Where(r => r.ContentHash == record.PreviousHash).Select(r => (long?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (linkedId is { } moved)
            return new(AuditChainBreakKind.Changed, moved,
                $"record No. {record.Id} links to it, but it is no longer the record before No. {record.Id}: its number was changed.");
        if (record.Id > previousId + 1)
            return new(AuditChainBreakKind.Deleted, previousId + 1, record.Id == previousId + 2
                ? $"record No. {record.Id} links to a record that is gone."
                : $"record No. {record.Id} links to a record that is gone; Nos. {previousId + 1} to {record.Id - 1} are missing.");
        return new(AuditChainBreakKind.Inserted, record.Id, "it links to no record of the chain.");
    }

    private static Task<AuditRecord?> NextAsync(ConsoleDbContext db, long afterId, CancellationToken cancellationToken) =>
        db.AuditRecords.AsNoTracking().Where(r => r.Id > afterId).OrderBy(r => r.Id).FirstOrDefaultAsync(cancellationToken);

    private static async Task<HeadView> HeadAsync(ConsoleDbContext db, CancellationToken cancellationToken) =>
        await db.AuditChainHeads.AsNoTracking().Select(h => new HeadView(h.LastId, h.LastHash)).SingleOrDefaultAsync(cancellationToken)
        ?? new HeadView(0, AuditHash.Genesis);

    private sealed record HeadView(long LastId, string LastHash);
}
