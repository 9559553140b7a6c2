using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.App.Jobs.Runs;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Features.Import;

/// <summary>
/// The Operations Unit's import of existing accounts (issue 17): upload a file (kept with its SHA-256, its dry run queued as a
/// job), read its problems a page at a time, confirm a clean batch (its commit queued as a job), and the history of batches.
/// Only the Operations Unit, checked in the database on every call (SCO-1).
/// </summary>
public sealed class ImportService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, ImportFileStore files, JobRunRequests runs,
    IOptions<ImportOptions> options, BusinessClock clock)
{
    public const int HistorySize = 20;
    public const string Work = "imports the accounts that exist";

    public long MaxFileBytes => options.Value.MaxFileBytes;

    /// <summary>The page's upload: refused before reading when larger than the setting allows.</summary>
    public Task<ActOutcome<ImportBatchView>> UploadAsync(Microsoft.AspNetCore.Components.Forms.IBrowserFile file, CancellationToken cancellationToken = default)
    {
        if (file.Size > MaxFileBytes)
            return Task.FromResult(ActOutcome<ImportBatchView>.From(ActOutcome.Invalid(new ImportFileTooLargeException(MaxFileBytes).Message)));
        return UploadAsync(file.Name, file.OpenReadStream(MaxFileBytes, cancellationToken), cancellationToken);
    }

    /// <summary>Keeps the file, opens its batch and queues the dry run.</summary>
    public Task<ActOutcome<ImportBatchView>> UploadAsync(string fileName, Stream content, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken, Work);
            // The name is display text only (the stored file has a name of its own), checked before a byte is read.
            if (!Path.GetExtension(Evidence.UploadFileName.CheckShape(fileName, "a name ending in .csv")).Equals(".csv", StringComparison.OrdinalIgnoreCase))
                throw new InvalidInputException("File", "only a CSV file (a name ending in .csv) is imported.");
            ImportBatch batch;
            try
            {
                await using (content)
                    batch = await UploadAsAsync(scope.UserId, fileName, content, cancellationToken);
            }
            catch (ImportFileTooLargeException ex)
            {
                throw new InvalidInputException("File", ex.Message);
            }
            await runs.RunNowAsync(CheckImportJob.Name, scope.UserId, cancellationToken);
            return await ViewAsync(batch.Id, cancellationToken);
        });

    /// <summary>The Operations Unit member's explicit confirmation of a batch whose dry run found no problem; queues its commit.</summary>
    public Task<ActOutcome<ImportBatchView>> ConfirmAsync(Guid batchId, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken, Work);
            await ConfirmAsAsync(scope.UserId, batchId, cancellationToken);
            await runs.RunNowAsync(CommitImportJob.Name, scope.UserId, cancellationToken);
            return await ViewAsync(batchId, cancellationToken);
        });

    public Task<ActOutcome<ImportBatchView>> BatchAsync(Guid batchId, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            await scopes.RequireOperationsUnitAsync(cancellationToken, Work);
            return await ViewAsync(batchId, cancellationToken);
        });

    public Task<ActOutcome<IReadOnlyList<ImportBatchView>>> HistoryAsync(CancellationToken cancellationToken = default) =>
        ActOutcome.Of<IReadOnlyList<ImportBatchView>>(async () =>
        {
            await scopes.RequireOperationsUnitAsync(cancellationToken, Work);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var batches = await db.ImportBatches.AsNoTracking().OrderByDescending(b => b.UploadedAt).Take(HistorySize).ToListAsync(cancellationToken);
            var names = await db.NamesAsync(batches.Select(b => (Guid?)b.UploadedById).Concat(batches.Select(b => b.ConfirmedById)), cancellationToken);
            return batches.Select(b => View(b, names, null)).ToList();
        });

    /// <summary>A page of the batch's problems, in row order, optionally of one code.</summary>
    public Task<ActOutcome<ImportProblemPage>> ProblemsAsync(Guid batchId, string? code, int page, int pageSize, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            await scopes.RequireOperationsUnitAsync(cancellationToken, Work);
            (page, pageSize) = (Math.Max(1, page), Math.Clamp(pageSize, 10, 200));
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var all = db.ImportProblems.AsNoTracking().Where(p => p.BatchId == batchId);
            var codes = (await all.GroupBy(p => p.Code).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
                .OrderBy(c => c.Key).Select(c => (c.Key, c.Count)).ToList();
            var filtered = string.IsNullOrEmpty(code) ? all : all.Where(p => p.Code == code);
            var total = await filtered.CountAsync(cancellationToken);
            var problems = await filtered.OrderBy(p => p.RowNumber).ThenBy(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize)
                .Select(p => new ImportProblemView(p.RowNumber, p.Key, p.Code, p.Message, p.Blocking)).ToListAsync(cancellationToken);
            return new ImportProblemPage(problems, total, page, pageSize, codes);
        });

    /// <summary>The upload without a signed-in page (the command line names its Operations Unit member); scope checked by the caller.</summary>
    public async Task<ImportBatch> UploadAsAsync(Guid operationsUserId, string fileName, Stream content, CancellationToken cancellationToken)
    {
        var (storedName, sha256, size) = await files.KeepAsync(content, MaxFileBytes, cancellationToken);
        try
        {
            var batch = ImportBatch.Upload(fileName, storedName, sha256, size, operationsUserId, clock.UtcNow);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync(cancellationToken);
            return batch;
        }
        catch
        {
            // No batch names the file: it is not kept.
            files.Forget(storedName);
            throw;
        }
    }

    public async Task ConfirmAsAsync(Guid operationsUserId, Guid batchId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var batch = await db.ImportBatches.SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken)
            ?? throw new InvalidInputException("Batch", "no such import batch.");
        batch.Confirm(operationsUserId, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<ImportBatchView> ViewAsync(Guid batchId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var batch = await db.ImportBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken)
            ?? throw new InvalidInputException("Batch", "no such import batch.");
        var names = await db.NamesAsync([batch.UploadedById, batch.ConfirmedById], cancellationToken);
        var jobName = batch.State is ImportBatchState.Queued or ImportBatchState.Checking ? CheckImportJob.Name
            : batch.State is ImportBatchState.CommitQueued or ImportBatchState.Committing ? CommitImportJob.Name : null;
        var run = jobName is null ? null : await db.JobRuns.AsNoTracking()
            .Where(r => r.JobName == jobName && (r.State == JobRunState.Queued || r.State == JobRunState.Running))
            .Select(r => new ImportProgress(r.Done, r.Total, r.Status)).FirstOrDefaultAsync(cancellationToken);
        return View(batch, names, run);
    }

    private ImportBatchView View(ImportBatch b, PeopleNames names, ImportProgress? progress) =>
        new(b.Id, b.FileName, b.Sha256, b.SizeBytes, names.Of(b.UploadedById) ?? PeopleNames.FormerUser, clock.ToBusinessTime(b.UploadedAt), b.State,
            b.Rows, b.ToCreate, b.Unchanged, b.Differing, b.Problems, b.Created, b.Summary, b.Error, names.Of(b.ConfirmedById), progress);
}
