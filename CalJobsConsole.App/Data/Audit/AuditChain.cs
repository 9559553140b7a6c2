using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CalJobsConsole.App.Data.Audit;

/// <summary>
/// Appends the audit records a save adds to the hash chain, inside the save's transaction: takes the chain's lock, reads only
/// the head (the last record's number and hash), numbers and seals each new record after it, and moves the head on.
/// <para>
/// Why a lock: several app servers append at once on PostgreSQL, and two appends that read the same head would fork the chain.
/// On PostgreSQL the transaction takes <c>pg_advisory_xact_lock</c> (released by its commit or rollback), so appends queue for a
/// few milliseconds and never fail; SQLite already lets one writer at a time in, and the transaction EF opens on SQLite is
/// <c>BEGIN IMMEDIATE</c>, taken before the head is read. The primary key (the record's number) refuses a second record with the
/// same number should anything bypass the lock. A chain-head row with optimistic concurrency would instead fail one of two
/// concurrent saves, i.e. a person's act, and need a retry loop inside every save.
/// </para>
/// </summary>
public static class AuditChain
{
    /// <summary>The advisory lock's key: "CJAUDIT1" in ASCII, a number no other lock of the console uses.</summary>
    private const long LockKey = 0x434A_4155_4449_5431;

    /// <summary>Legacy records chained per page when the chain starts on an upgraded database.</summary>
    private const int BackfillPage = 250;

    public static List<EntityEntry<AuditRecord>> Added(ChangeTracker changes) =>
        changes.Entries<AuditRecord>().Where(e => e.State == EntityState.Added).ToList();

    public static async Task SealAsync(ConsoleDbContext db, IReadOnlyList<EntityEntry<AuditRecord>> added, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        var head = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(cancellationToken)
            ?? await StartAsync(db, cancellationToken);
        var (lastId, lastHash) = Link(added, head.LastId, head.LastHash);
        await db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingleId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastId, lastId).SetProperty(h => h.LastHash, lastHash), cancellationToken);
    }

    public static void Seal(ConsoleDbContext db, IReadOnlyList<EntityEntry<AuditRecord>> added)
    {
        if (db.Database.IsNpgsql())
            db.Database.ExecuteSqlRaw($"SELECT pg_advisory_xact_lock({LockKey})");
        var head = db.AuditChainHeads.AsNoTracking().SingleOrDefault() ?? StartAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        var (lastId, lastHash) = Link(added, head.LastId, head.LastHash);
        db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingleId)
            .ExecuteUpdate(s => s.SetProperty(h => h.LastId, lastId).SetProperty(h => h.LastHash, lastHash));
    }

    /// <summary>
    /// Starts the chain (the caller holds the lock): chains, oldest first, every record written before the chain existed (an
    /// upgraded database), a page at a time, and writes the head. Run once: at start (<see cref="DatabaseInitializer"/>) or by
    /// the first append. Every record is then verifiable; a record changed before the upgrade is chained as it stood then.
    /// </summary>
    public static async Task<AuditChainHead> StartAsync(ConsoleDbContext db, CancellationToken cancellationToken)
    {
        var (lastId, lastHash) = (0L, AuditHash.Genesis);
        while (true)
        {
            var afterId = lastId;
            var page = await db.AuditRecords.AsNoTracking().Where(r => r.Id > afterId).OrderBy(r => r.Id).Take(BackfillPage)
                .ToListAsync(cancellationToken);
            foreach (var record in page)
            {
                record.Seal(lastHash);
                var (id, previous, content) = (record.Id, record.PreviousHash, record.ContentHash);
                await db.AuditRecords.Where(r => r.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.PreviousHash, previous).SetProperty(r => r.ContentHash, content), cancellationToken);
                (lastId, lastHash) = (id, content);
            }
            if (page.Count < BackfillPage)
                break;
        }
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"AuditChainHead\" (\"Id\", \"LastId\", \"LastHash\") VALUES ({AuditChainHead.SingleId}, {lastId}, {lastHash})", cancellationToken);
        return await db.AuditChainHeads.AsNoTracking().SingleAsync(cancellationToken);
    }

    /// <summary>Starts the chain now if it has not started, so the first person's save does not chain an upgraded database's records.</summary>
    public static async Task EnsureStartedAsync(ConsoleDbContext db, CancellationToken cancellationToken)
    {
        if (await db.AuditChainHeads.AnyAsync(cancellationToken))
            return;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        if (!await db.AuditChainHeads.AnyAsync(cancellationToken))
            await StartAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static (long LastId, string LastHash) Link(IReadOnlyList<EntityEntry<AuditRecord>> added, long lastId, string lastHash)
    {
        foreach (var entry in added)
        {
            entry.Property(r => r.Id).CurrentValue = ++lastId;
            entry.Entity.Seal(lastHash);
            lastHash = entry.Entity.ContentHash;
        }
        return (lastId, lastHash);
    }
}
