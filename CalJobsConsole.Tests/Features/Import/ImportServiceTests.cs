using System.Text;
using CalJobsConsole.App.Features.Import;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.App.Jobs.Runs;
using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static CalJobsConsole.Tests.Features.Import.ImportFiles;

namespace CalJobsConsole.Tests.Features.Import;

/// <summary>The import on an empty migrated database: dry run, commit, re-import, audit, and imported accounts living like any other.</summary>
public class ImportServiceTests : IAsyncLifetime
{
    private readonly TestClock clock = new(World.StartDate);
    private TestDatabase database = null!;
    private Guid operationsUser;

    private DateOnly Today => clock.Today;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        operationsUser = await SignedIn.AddUserAsync(database, "Olivia Ops", ConsoleRoles.OperationsUnit);
    }

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    private ImportService Service(Guid? signedIn = null) =>
        new(database, SignedIn.ScopeFor(database, signedIn ?? operationsUser), new ImportFileStore(new DataDirectory(database.Folder)),
            new JobRunRequests(database, new RecordingJobClient(), clock.Business, NullLogger<JobRunRequests>.Instance),
            Options.Create(new ImportOptions()), clock.Business);

    private ImportProcessor Processor() =>
        new(database, new ImportFileStore(new DataDirectory(database.Folder)), clock.Business, AttestationPolicy.Default, NullLogger<ImportProcessor>.Instance);

    private async Task<ImportBatch> DryRunAsync(byte[] csv)
    {
        var batch = await Service().UploadAsAsync(operationsUser, "accounts.csv", new MemoryStream(csv), Token);
        return await Processor().CheckAsync(batch.Id, JobProgress.None, Token);
    }

    private async Task<ImportBatch> CommitAsync(byte[] csv)
    {
        var batch = await DryRunAsync(csv);
        Assert.Equal(ImportBatchState.Checked, batch.State);
        await Service().ConfirmAsAsync(operationsUser, batch.Id, Token);
        return await Processor().CommitAsync(batch.Id, JobProgress.None, Token);
    }

    private byte[] CleanFile(params Dictionary<string, string>[] accounts) =>
        Csv([.. Organisation(), Administrator("Golden Sierra", "ada@example.gov", Today), .. accounts]);

    [Fact]
    public async Task DryRun_WhenTheFileHasProblems_WritesNothingButTheBatchAndItsProblems()
    {
        var batch = await DryRunAsync(CleanFile(Account("pat.okafor", Today).With("PrivilegeGroup", "DVOP"), Account("jo.lee", Today)));

        Assert.Equal((ImportBatchState.HasProblems, 1, 5), (batch.State, batch.Problems, batch.ToCreate));
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.Areas.CountAsync(Token) + await db.Offices.CountAsync(Token) + await db.StaffAccounts.CountAsync(Token)
            + await db.Designations.CountAsync(Token) + await db.AuditRecords.CountAsync(Token) + await db.PrivilegeGroups.CountAsync(Token));
        Assert.Equal(1, await db.Users.CountAsync(Token));
        var problem = await db.ImportProblems.SingleAsync(Token);
        Assert.Equal((6, "pat.okafor", "GRP-1"), (problem.RowNumber!.Value, problem.Key!, problem.Code));
        Assert.True(File.Exists(Path.Combine(database.Folder, ImportFileStore.FolderName, batch.StoredFileName)));
    }

    [Fact]
    public async Task Confirm_WhenTheDryRunFoundProblems_IsRefusedAndCommitsNothing()
    {
        var batch = await DryRunAsync(CleanFile(Account("pat.okafor", Today).With("Status", "Suspended")));

        var outcome = await Service().ConfirmAsync(batch.Id, Token);

        Assert.False(outcome.Succeeded);
        Assert.Contains("all or nothing", outcome.Problem);
    }

    [Fact]
    public async Task Commit_WhenTheFileIsClean_WritesEveryRecordAuditedAsImported()
    {
        var batch = await CommitAsync(CleanFile(Account("pat.okafor", Today), Account("jo.lee", Today)));

        Assert.Equal((ImportBatchState.Committed, 6), (batch.State, batch.Created));
        await using var db = database.CreateDbContext();
        Assert.Equal(2, await db.StaffAccounts.CountAsync(Token));
        var actions = await db.AuditRecords.GroupBy(r => r.Action).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, Token);
        Assert.Equal(2, actions["StaffAccount.Imported"]);
        Assert.Equal(2, actions["Area.Imported"]);
        Assert.Equal(1, actions["Office.Imported"]);
        Assert.Equal(1, actions["Designation.Imported"]);
        Assert.All(await db.AuditRecords.ToListAsync(Token), r => Assert.Equal(operationsUser, r.ActorId));
        var supervisor = await db.Users.SingleAsync(u => u.Email == "riley@example.gov", Token);
        Assert.Null(supervisor.PasswordHash);
        Assert.Equal(14, await db.PrivilegeGroups.CountAsync(Token)); // the directive's groups, which a fresh catalogue lacks
    }

    [Fact]
    public async Task Commit_WhenTheSameFileIsImportedAgain_ChangesNothingAndSaysUnchanged()
    {
        var csv = CleanFile(Account("pat.okafor", Today));
        await CommitAsync(csv);

        var again = await CommitAsync(csv);

        Assert.Equal((0, 5), (again.Created, again.Unchanged));
        Assert.Contains("0 created, 5 unchanged", again.Summary);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.StaffAccounts.CountAsync(Token));
    }

    [Fact]
    public async Task DryRun_WhenAnExistingUsernameDiffers_ReportsItWithoutBlockingOrOverwriting()
    {
        await CommitAsync(CleanFile(Account("pat.okafor", Today)));

        var batch = await DryRunAsync(CleanFile(Account("pat.okafor", Today).With("Phone", "1").With("LastName", "Okafor-Reed")));

        Assert.Equal((ImportBatchState.Checked, 1, 0), (batch.State, batch.Differing, batch.ToCreate));
        await using var db = database.CreateDbContext();
        Assert.Contains("FirstName/LastName", (await db.ImportProblems.SingleAsync(Token)).Message);
        Assert.Equal("Pat pat.okafor", (await db.StaffAccounts.SingleAsync(Token)).Staff.FullName);
    }

    [Fact]
    public async Task ImportedAccount_WhenCommitted_IsListedAndRemindedLikeAnyOther()
    {
        var created = Today.AddYears(-1).AddDays(10); // due in 10 days: the 14-day reminder is in force
        await CommitAsync(CleanFile(Account("pat.okafor", Today).With("CreatedOn", D(created)).With("RenewalDueOn", D(created.AddYears(1)))
            .With("IspaCompletedOn", D(created)).With("StatementSignedOn", D(created))));

        var list = await new AccountListService(database, SignedIn.ScopeFor(database, operationsUser), clock.Business).PageAsync(new AccountListFilter(), Token);
        Assert.Equal("pat.okafor", Assert.Single(list.Lines).Username);

        var sender = new RecordingNotificationSender();
        var sent = await new RenewalReminderJob(database, sender, clock.Business, NullLogger<RenewalReminderJob>.Instance).RunAsync(JobProgress.None, Token);
        Assert.Equal(1, sent);
    }

    [Fact]
    public async Task Upload_WhenTheUserIsNotInTheOperationsUnit_IsRefusedWithSco1AndKeepsNothing()
    {
        var requestor = await SignedIn.AddUserAsync(database, "Riley Requestor", ConsoleRoles.Requestor);

        var outcome = await Service(requestor).UploadAsync("accounts.csv", new MemoryStream(CleanFile()), Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
        Assert.Contains("Only the Operations Unit", outcome.BrokenRules[0].Message);
        await using var db = database.CreateDbContext();
        Assert.False(await db.ImportBatches.AnyAsync(Token));
        Assert.False(System.IO.Directory.Exists(Path.Combine(database.Folder, ImportFileStore.FolderName)) &&
                     System.IO.Directory.EnumerateFiles(Path.Combine(database.Folder, ImportFileStore.FolderName)).Any());
    }
    [Theory]
    [InlineData("../../accounts.csv", "folder path")]
    [InlineData("accounts\0.csv", "NUL character")]
    [InlineData("accounts\u202Evsc.csv", "direction-changing")]
    [InlineData("accounts.exe", "only a CSV file")]
    [InlineData("accounts.csv", "empty")]
    public async Task Upload_WhenTheNameOrFileIsHostileOrEmpty_IsRefusedAndKeepsNothing(string name, string reason)
    {
        var content = reason == "empty" ? [] : CleanFile();

        var outcome = await Service().UploadAsync(name, new MemoryStream(content), Token);

        Assert.Equal("File", outcome.ProblemField);
        Assert.Contains(reason, outcome.Problem);
        await using var db = database.CreateDbContext();
        Assert.False(await db.ImportBatches.AnyAsync(Token));
        var folder = Path.Combine(database.Folder, ImportFileStore.FolderName);
        Assert.False(System.IO.Directory.Exists(folder) && System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any());
    }
}
