using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Import;

/// <summary>
/// The dry run and the commit of a batch, for the two jobs and the command line alike. The dry run writes nothing but the
/// batch's counts and problems. The commit checks the file again against the state as it is now (all or nothing: one blocking
/// problem and nothing is written), then writes areas, offices, people and seats, and the accounts 1,000 per save, each save
/// in a new context so tracking never grows; every record written is audited as imported. Keyed by username (and names,
/// e-mails), so running it again — or importing the same file again — creates nothing twice.
/// </summary>
public sealed class ImportProcessor(IDbContextFactory<ConsoleDbContext> contexts, ImportFileStore files, BusinessClock clock, AttestationPolicy policy,
    ILogger<ImportProcessor> logger)
{
    public const int AccountsPerSave = 1000;
    public const string ImportedAction = "Imported";

    /// <summary>The check job: every queued batch, oldest first, until none is left.</summary>
    public async Task<string> CheckQueuedAsync(IJobProgress progress, CancellationToken cancellationToken)
    {
        var summaries = new List<string>();
        while (await NextAsync(ImportBatchState.Queued, cancellationToken) is { } batchId)
            summaries.Add((await CheckAsync(batchId, progress, cancellationToken)).Summary ?? "");
        return summaries.Count == 0 ? "No import file was waiting for its dry run." : string.Join(" ", summaries);
    }

    /// <summary>The commit job: every confirmed batch, oldest first.</summary>
    public async Task<string> CommitQueuedAsync(IJobProgress progress, CancellationToken cancellationToken)
    {
        var summaries = new List<string>();
        while (await NextAsync(ImportBatchState.CommitQueued, cancellationToken) is { } batchId)
        {
            var batch = await CommitAsync(batchId, progress, cancellationToken);
            summaries.Add(batch.Error ?? batch.Summary ?? "");
        }
        return summaries.Count == 0 ? "No confirmed import was waiting." : string.Join(" ", summaries);
    }

    public async Task<ImportBatch> CheckAsync(Guid batchId, IJobProgress progress, CancellationToken cancellationToken = default)
    {
        var batch = await MoveAsync(batchId, ImportBatchState.Queued, b => b.StartCheck(), cancellationToken);
        try
        {
            var (file, plan) = await PlanAsync(batch, progress, "Checking", cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.ImportBatches.Attach(batch);
            await db.ImportProblems.Where(p => p.BatchId == batchId).ExecuteDeleteAsync(cancellationToken);
            foreach (var chunk in plan.Findings.Chunk(5000))
            {
                db.ImportProblems.AddRange(chunk.Select(f => ImportProblem.For(batchId, f)));
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                db.ImportBatches.Attach(batch);
            }
            batch.RecordCheck(plan.Counts, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
            await progress.ReportAsync(file.DataRows, file.DataRows, batch.Summary, cancellationToken);
            return batch;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return await FailAsync(batch, $"The dry run stopped: {ex.Message}", null, ex);
        }
    }

    public async Task<ImportBatch> CommitAsync(Guid batchId, IJobProgress progress, CancellationToken cancellationToken = default)
    {
        var batch = await MoveAsync(batchId, ImportBatchState.CommitQueued, b => b.StartCommit(), cancellationToken);
        try
        {
            var (_, plan) = await PlanAsync(batch, progress, "Checking again before writing", cancellationToken);
            if (plan.Problems > 0)
                return await FailAsync(batch, $"Nothing was written: checked again, the file now has {plan.Problems} problem(s) " +
                    "(the console changed since the dry run). Upload it again to see them.", plan.Counts);
            var stage = System.Diagnostics.Stopwatch.StartNew();
            logger.LogInformation("Import {BatchId}: checked again in {Seconds:F1} s.", batch.Id, stage.Elapsed.TotalSeconds);
            var actor = batch.ConfirmedById;
            var total = plan.ToCreate;
            await progress.ReportAsync(0, total, "Writing areas, offices, people and seats", cancellationToken);
            var written = await WriteOrganisationAsync(plan, actor, batch.Id, cancellationToken);
            written += await WriteSeatsAsync(plan, actor, batch.Id, cancellationToken);
            logger.LogInformation("Import {BatchId}: organisation, people and seats written in {Seconds:F1} s.", batch.Id, stage.Elapsed.TotalSeconds);
            foreach (var chunk in plan.NewAccounts.Chunk(AccountsPerSave))
            {
                written += await WriteAccountsAsync(chunk, actor, batch.Id, cancellationToken);
                await progress.ReportAsync(written, total, $"{written} of {total} written", cancellationToken);
            }
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.ImportBatches.Attach(batch);
            batch.RecordCommit(written, plan.Counts, clock.UtcNow);
            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogInformation("Import {BatchId} committed: {Summary}", batch.Id, batch.Summary);
            return batch;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return await FailAsync(batch, $"The commit stopped: {ex.Message} What was written stays; committing the same file again writes only the rest.", null, ex);
        }
    }

    private async Task<(ImportFile File, ImportPlan Plan)> PlanAsync(ImportBatch batch, IJobProgress progress, string status, CancellationToken cancellationToken)
    {
        var file = ImportFileReader.Read(await files.ReadAsync(batch.StoredFileName, cancellationToken));
        await progress.ReportAsync(0, file.DataRows, status, cancellationToken);
        ImportReference reference;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            reference = await ImportReference.LoadAsync(db, cancellationToken);
        var plan = await new ImportChecker(reference, clock.Today, policy)
            .CheckAsync(file, done => progress.ReportAsync(done, file.DataRows, status, cancellationToken));
        return (file, plan);
    }

    private async Task<int> WriteOrganisationAsync(ImportPlan plan, Guid? actor, Guid batchId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.PrivilegeGroups.AddRange(plan.MissingDirectiveGroups);
        foreach (var (area, _) in plan.NewAreas)
        {
            db.Areas.Add(area);
            db.Audit(clock, actor, $"Area.{ImportedAction}", nameof(Area), area.Id, area.Id, null, new { area.Name, area.Kind, ImportBatch = batchId });
        }
        foreach (var (office, _) in plan.NewOffices)
        {
            db.Offices.Add(office);
            db.Audit(clock, actor, $"Office.{ImportedAction}", nameof(Office), office.Id, office.LocalAreaId, null,
                new { office.Name, office.LocalAreaId, office.ServingDivisionId, office.HasTitleIPartner, ImportBatch = batchId });
        }
        var roles = new Dictionary<string, Guid>();
        foreach (var user in plan.Users.Values)
        {
            if (user.IsNew)
            {
                db.Users.Add(ConsoleUserDirectory.NewUser(user.Contact, user.Id));
                db.Audit(clock, actor, $"ConsoleUser.{ImportedAction}", "ConsoleUser", user.Id, null, null,
                    new { user.Contact.FullName, user.Contact.Email, Roles = user.RolesToGrant, ImportBatch = batchId });
            }
            foreach (var role in user.RolesToGrant)
            {
                if (!roles.TryGetValue(role, out var roleId))
                    roles[role] = roleId = (await ConsoleUserDirectory.RoleAsync(db, role, cancellationToken)).Id;
                db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleId });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return plan.NewAreas.Count + plan.NewOffices.Count;
    }

    private async Task<int> WriteSeatsAsync(ImportPlan plan, Guid? actor, Guid batchId, CancellationToken cancellationToken)
    {
        if (plan.NewAdministrators.Count == 0)
            return 0;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var names = plan.NewAdministrators.Select(a => a.AreaName).Distinct().ToList();
        var areas = await db.Areas.Include(a => a.Designations).Where(a => names.Contains(a.Name)).ToDictionaryAsync(a => a.Name, StringComparer.OrdinalIgnoreCase, cancellationToken);
        foreach (var seat in plan.NewAdministrators)
        {
            var area = areas[seat.AreaName];
            var designation = area.ImportDesignation(seat.PersonId, seat.Row.Contact, seat.Row.DesignatedOn, seat.Row.TrainingCompletedOn, seat.Coverage,
                actor ?? seat.PersonId, clock.Today);
            db.Audit(clock, actor, $"Designation.{ImportedAction}", nameof(AdministratorDesignation), designation.Id, area.Id, null,
                new { designation.Contact.FullName, designation.Contact.Email, designation.Role, designation.SeatNumber, designation.DesignatedOn,
                    designation.TrainingCompletedOn, ImportBatch = batchId });
        }
        await db.SaveChangesAsync(cancellationToken);
        return plan.NewAdministrators.Count;
    }

    private async Task<int> WriteAccountsAsync(AccountPlan[] chunk, Guid? actor, Guid batchId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var plan in chunk)
        {
            var account = StaffAccount.Import(plan.Account, plan.Area, plan.Office, clock.Today, policy);
            db.StaffAccounts.Add(account);
            db.Audit(clock, actor, $"StaffAccount.{ImportedAction}", nameof(StaffAccount), account.Id, account.AreaId, null,
                new { account.Username, account.Status, account.CreatedOn, account.LastRenewedOn, account.RenewalDueOn, ImportBatch = batchId });
        }
        await db.SaveChangesAsync(cancellationToken);
        return chunk.Length;
    }

    private async Task<Guid?> NextAsync(ImportBatchState state, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ImportBatches.Where(b => b.State == state).OrderBy(b => b.UploadedAt).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Claims the batch (a conditional update on its state, so two runs never both take it) and returns it moved on.</summary>
    private async Task<ImportBatch> MoveAsync(Guid batchId, ImportBatchState from, Action<ImportBatch> move, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var batch = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == batchId, cancellationToken);
        if (batch.State != from)
            throw new InvalidInputException(nameof(ImportBatch.State), $"{batch.FileName} is {batch.State}, not {from}.");
        move(batch);
        var claimed = await db.ImportBatches.Where(b => b.Id == batchId && b.State == from)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.State, batch.State), cancellationToken);
        return claimed == 1 ? batch : throw new InvalidInputException(nameof(ImportBatch.State), $"{batch.FileName} was taken by another run.");
    }

    private async Task<ImportBatch> FailAsync(ImportBatch batch, string error, ImportCounts? counts, Exception? ex = null)
    {
        if (ex is not null)
            logger.LogError(ex, "Import {BatchId} failed.", batch.Id);
        await using var db = await contexts.CreateDbContextAsync();
        db.ImportBatches.Attach(batch);
        batch.Fail(error, counts);
        await db.SaveChangesAsync();
        return batch;
    }
}
