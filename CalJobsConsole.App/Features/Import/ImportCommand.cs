using System.Diagnostics;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Access.Rules;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Import;

/// <summary>
/// <c>import &lt;file.csv&gt; [--commit] [--as &lt;operations-unit-email&gt;]</c>: the same import as the Import page, run here and
/// now with progress printed — the dry run, then with <c>--commit</c> the commit of a clean file — for scripts and the benchmark.
/// Uses the App's settings and database. <c>--as</c> names the Operations Unit member who uploads and confirms (may be left out
/// when the database has exactly one). Exit codes: 0 clean (or committed), 2 problems or refused, 1 database unavailable or failed.
/// </summary>
public sealed class ImportCommand(IServiceProvider services, TextWriter output, TextWriter errors)
{
    public const string Name = "import";
    public const int Problems = 2;
    public const int Failed = 1;
    public const int ProblemsPrinted = 50;

    public static bool IsRequested(string[] args) => args is [Name, ..];

    public static Task<int> RunAsync(IServiceProvider services, string[] args) => new ImportCommand(services, Console.Out, Console.Error).RunAsync(args[1..]);

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        if (Parse(arguments) is not var (path, commit, asEmail))
            return Refuse($"Usage: {Name} <file.csv> [--commit] [--as <operations-unit-email>]");
        if (!File.Exists(path))
            return Refuse($"No file {path}.");
        try
        {
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        }
        catch (DatabaseUnavailableException ex)
        {
            errors.WriteLine(ex.Message);
            return Failed;
        }
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        if (await OperationsUserAsync(provider, asEmail, cancellationToken) is not { } userId)
            return Problems;
        var imports = provider.GetRequiredService<ImportService>();
        var processor = provider.GetRequiredService<ImportProcessor>();
        var clock = Stopwatch.StartNew();
        ImportBatch batch;
        await using (var file = File.OpenRead(path))
            batch = await imports.UploadAsAsync(userId, Path.GetFileName(path), file, cancellationToken);
        output.WriteLine($"Kept {batch.FileName} ({batch.SizeBytes:N0} bytes, SHA-256 {batch.Sha256}) as batch {batch.Id}.");
        batch = await processor.CheckAsync(batch.Id, new PrintedProgress(output, "Dry run"), cancellationToken);
        output.WriteLine($"Dry run: {batch.Summary ?? batch.Error} ({clock.Elapsed.TotalSeconds:F1} s)");
        await PrintProblemsAsync(provider, batch.Id, cancellationToken);
        if (batch.State != ImportBatchState.Checked)
            return batch.State == ImportBatchState.Failed ? Failed : Problems;
        if (!commit)
        {
            output.WriteLine("Nothing was written (dry run). Run again with --commit to write it, or confirm it on the Import page.");
            return 0;
        }
        clock.Restart();
        await imports.ConfirmAsAsync(userId, batch.Id, cancellationToken);
        batch = await processor.CommitAsync(batch.Id, new PrintedProgress(output, "Commit"), cancellationToken);
        output.WriteLine($"Commit: {batch.Summary ?? batch.Error} ({clock.Elapsed.TotalSeconds:F1} s)");
        return batch.State == ImportBatchState.Committed ? 0 : batch.State == ImportBatchState.Failed && batch.Problems > 0 ? Problems : Failed;
    }

    private static (string Path, bool Commit, string? As)? Parse(IReadOnlyList<string> arguments)
    {
        string? path = null, asEmail = null;
        var commit = false;
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--commit":
                    commit = true;
                    break;
                case "--as" when i + 1 < arguments.Count:
                    asEmail = arguments[++i];
                    break;
                case var a when !a.StartsWith("--", StringComparison.Ordinal) && path is null:
                    path = a;
                    break;
                default:
                    return null;
            }
        }
        return path is null ? null : (path, commit, asEmail);
    }

    /// <summary>The Operations Unit member named by <c>--as</c>, or the only one; anyone else is refused with SCO-1.</summary>
    private async Task<Guid?> OperationsUserAsync(IServiceProvider provider, string? email, CancellationToken cancellationToken)
    {
        await using var db = await provider.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync(cancellationToken);
        var operations = await (from userRole in db.UserRoles
                                join role in db.Roles on userRole.RoleId equals role.Id
                                join user in db.Users on userRole.UserId equals user.Id
                                where role.Name == ConsoleRoles.OperationsUnit
                                select new { user.Id, user.NormalizedEmail }).ToListAsync(cancellationToken);
        if (email is null)
        {
            if (operations.Count == 1)
                return operations[0].Id;
            errors.WriteLine(operations.Count == 0
                ? "The database has no Operations Unit user: create one with create-operations-user (docs/settings.md)."
                : "The database has several Operations Unit users: name the one importing with --as <email>.");
            return null;
        }
        if (operations.FirstOrDefault(o => o.NormalizedEmail == email.Trim().ToUpperInvariant()) is { } match)
            return match.Id;
        errors.WriteLine(BrokenRule.From(new UserMustBeInOperationsUnitRule(false, ImportService.Work)).Message + $" ({email} is not an Operations Unit user.)");
        return null;
    }

    private async Task PrintProblemsAsync(IServiceProvider provider, Guid batchId, CancellationToken cancellationToken)
    {
        await using var db = await provider.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync(cancellationToken);
        var problems = db.ImportProblems.AsNoTracking().Where(p => p.BatchId == batchId);
        var total = await problems.CountAsync(cancellationToken);
        foreach (var problem in await problems.OrderBy(p => p.RowNumber).ThenBy(p => p.Id).Take(ProblemsPrinted).ToListAsync(cancellationToken))
            output.WriteLine($"  {(problem.Blocking ? "" : "(reported only) ")}[{problem.Code}] {problem.Message}");
        if (total > ProblemsPrinted)
            output.WriteLine($"  … and {total - ProblemsPrinted} more: see the batch on the Import page (/import), filtered by code.");
    }

    private int Refuse(string message)
    {
        errors.WriteLine(message);
        return Problems;
    }

    /// <summary>Prints progress at most once a second.</summary>
    private sealed class PrintedProgress(TextWriter output, string what) : IJobProgress
    {
        private readonly Stopwatch since = Stopwatch.StartNew();

        public Task ReportAsync(int done, int? total, string? status = null, CancellationToken cancellationToken = default)
        {
            if (since.Elapsed >= TimeSpan.FromSeconds(1) || done == total)
            {
                output.WriteLine($"  {what}: {done:N0}{(total is { } t ? $" of {t:N0}" : "")}{(status is null ? "" : $" — {status}")}");
                since.Restart();
            }
            return Task.CompletedTask;
        }
    }
}
