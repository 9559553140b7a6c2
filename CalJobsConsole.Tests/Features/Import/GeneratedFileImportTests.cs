using System.Text;
using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Features.Import;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.App.Jobs.Runs;
using CalJobsConsole.App.Security;
using CalJobsConsole.Benchmarks.Generation;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.Tests.Features.Import;

/// <summary>
/// The statewide generator and the import read the same layout (docs/import.md, docs/generator.md): a generated file passes the
/// import's dry run on an empty database without a problem, and every rule a <c>--problems</c> row breaks is reported on its
/// line — so the benchmark's data enters through the real import, and the two cannot drift apart unnoticed.
/// </summary>
public sealed class GeneratedFileImportTests : IAsyncLifetime
{
    private const int Accounts = 1_500;

    private readonly TestClock clock = new(World.StartDate);
    private TestDatabase database = null!;
    private Guid operationsUser;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        operationsUser = await SignedIn.AddUserAsync(database, "Olivia Ops", ConsoleRoles.OperationsUnit);
    }

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task GeneratedFile_PassesTheDryRun_AndCommitsEveryAccount()
    {
        var (csv, summary) = Generate(problems: 0);

        var batch = await DryRunAsync(csv);

        Assert.Equal(ImportBatchState.Checked, batch.State);
        Assert.Equal(0, batch.Problems);
        await Service().ConfirmAsAsync(operationsUser, batch.Id, Token);
        await Processor().CommitAsync(batch.Id, JobProgress.None, Token);
        await using var db = database.CreateDbContext();
        Assert.Equal(summary.StaffAccounts, await db.StaffAccounts.CountAsync(Token));
        Assert.Equal(summary.Areas, await db.Areas.CountAsync(Token));
    }

    [Fact]
    public async Task GeneratedProblems_AreEachReportedOnTheirLine()
    {
        var (csv, summary) = Generate(problems: 7);

        var batch = await DryRunAsync(csv);

        Assert.Equal(ImportBatchState.HasProblems, batch.State);
        await using var db = database.CreateDbContext();
        var reportedRows = (await db.ImportProblems.Where(p => p.BatchId == batch.Id && p.RowNumber != null)
            .Select(p => p.RowNumber!.Value).ToListAsync(Token)).ToHashSet();
        Assert.Equal(7, summary.Problems.Count);
        Assert.All(summary.Problems, problem => Assert.True(reportedRows.Contains((int)problem.Line),
            $"{problem.Kind} on line {problem.Line} ({problem.Detail}) was not reported; reported rows: {string.Join(", ", reportedRows.Order())}"));
    }

    private (byte[] Csv, GenerationSummary Summary) Generate(int problems)
    {
        var text = new StringWriter();
        var summary = StatewideCsvGenerator.Write(text, StatewideShape.For(Accounts), StatewideCsvGenerator.DefaultSeed, clock.Today, problems);
        return (Encoding.UTF8.GetBytes(text.ToString()), summary);
    }

    private async Task<ImportBatch> DryRunAsync(byte[] csv)
    {
        var batch = await Service().UploadAsAsync(operationsUser, "statewide.csv", new MemoryStream(csv), Token);
        return await Processor().CheckAsync(batch.Id, JobProgress.None, Token);
    }

    private ImportService Service() =>
        new(database, SignedIn.ScopeFor(database, operationsUser), new ImportFileStore(new DataDirectory(database.Folder)),
            new JobRunRequests(database, new RecordingJobClient(), clock.Business, NullLogger<JobRunRequests>.Instance),
            Options.Create(new ImportOptions()), clock.Business);

    private ImportProcessor Processor() =>
        new(database, new ImportFileStore(new DataDirectory(database.Folder)), clock.Business, AttestationPolicy.Default, NullLogger<ImportProcessor>.Instance);
}
