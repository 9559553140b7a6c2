using System.Data.Common;
using System.Runtime.CompilerServices;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Jobs.Runs;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.IssueReports;
using CalJobsConsole.Domain.Monitoring;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CalJobsConsole.App.Live;

/// <summary>
/// Publishes what a <c>SaveChanges</c> wrote, once it is committed: every service that saves through the context publishes
/// without remembering to (the issue asks that services publish after saving; doing it where they all save means none is
/// forgotten). Changes are collected before the save (after it, an added entity is no longer "Added") and dropped if
/// the save fails. A save inside a transaction — the caller's, or the one the context opens to seal new audit records into the
/// hash chain (<see cref="Data.Audit.AuditChain"/>) — publishes when that transaction commits, and nothing if it rolls back:
/// published before the commit, a page reading at once would read the rows as they were, and wait for the next change to
/// catch up. Bulk <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> bypass the change tracker and publish nothing.
/// </summary>
public sealed class ChangeFeedInterceptor(IChangeFeed feed) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<ConsoleChange>> _pending = new();
    private readonly ConditionalWeakTable<DbContext, List<ConsoleChange>> _awaitingCommit = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        PublishPending(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        PublishPending(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Drop(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        PublishCommitted(eventData.Context);

    Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken)
    {
        PublishCommitted(eventData.Context);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        DropUncommitted(eventData.Context);

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken)
    {
        DropUncommitted(eventData.Context);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) =>
        DropUncommitted(eventData.Context);

    Task IDbTransactionInterceptor.TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData,
        CancellationToken cancellationToken)
    {
        DropUncommitted(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>The kind and area of an entity a screen may show; null for what no screen follows (audit records, keys…).</summary>
    public static ConsoleChange? ChangeOf(object entity) => entity switch
    {
        AccessRequest r => new(ChangeFeed.Kinds.Request, r.Id, r.AreaId),
        StaffAccount a => new(ChangeFeed.Kinds.Account, a.Id, a.AreaId),
        AdministratorDesignation d => new(ChangeFeed.Kinds.Designation, d.Id, d.AreaId),
        Area a => new(ChangeFeed.Kinds.Area, a.Id, a.Id),
        Escalation e => new(ChangeFeed.Kinds.Escalation, e.Id, e.AreaId),
        EvidenceDocument d => new(ChangeFeed.Kinds.Evidence, d.Id, null),
        MonitoringFinding f => new(ChangeFeed.Kinds.Finding, f.Id, f.AreaId),
        MonitoringReview r => new(ChangeFeed.Kinds.Review, r.Id, null),
        InAppMessage m => new(ChangeFeed.Kinds.Message, m.RecipientId, null),
        JobRun j => new(ChangeFeed.Kinds.JobRun, j.Id, null),
        IssueReport r => new(ChangeFeed.Kinds.IssueReport, r.Id, r.AreaId),
        _ => null,
    };

    private void Collect(DbContext? context)
    {
        if (context is null)
            return;
        var changes = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => ChangeOf(e.Entity))
            .OfType<ConsoleChange>()
            .Distinct()
            .ToList();
        _pending.AddOrUpdate(context, changes);
    }

    private void PublishPending(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var changes))
            return;
        _pending.Remove(context);
        if (context.Database.CurrentTransaction is not null)
        {
            // Not committed yet: held until the transaction commits (several saves in one transaction publish together).
            _awaitingCommit.GetOrCreateValue(context).AddRange(changes);
            return;
        }
        feed.Publish(changes);
    }

    private void PublishCommitted(DbContext? context)
    {
        if (context is null || !_awaitingCommit.TryGetValue(context, out var changes))
            return;
        _awaitingCommit.Remove(context);
        feed.Publish(changes.Distinct().ToList());
    }

    private void DropUncommitted(DbContext? context)
    {
        if (context is not null)
            _awaitingCommit.Remove(context);
    }

    private void Drop(DbContext? context)
    {
        if (context is not null)
            _pending.Remove(context);
    }
}
