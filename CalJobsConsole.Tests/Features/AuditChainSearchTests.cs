using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.AuditLog;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Features;

/// <summary>The audit search: filters by who, what, area and dates in the database, 25 a page with the total, newest first; the export streams the same.</summary>
public class AuditChainSearchTests : IAsyncLifetime
{
    private readonly TestClock _clock = new(World.StartDate);
    private TestDatabase _database = null!;
    private Guid _opsId, _otherId, _staffId;
    private readonly Guid _areaId = Guid.NewGuid();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _opsId = await SignedIn.AddUserAsync(_database, "Olivia Ortiz", ConsoleRoles.OperationsUnit);
        _otherId = await SignedIn.AddUserAsync(_database, "Parker Lee", ConsoleRoles.OperationsUnit);
        _staffId = await SignedIn.AddUserAsync(_database, "Jamie Nguyen", ConsoleRoles.Staff);
        await using var db = _database.CreateDbContext();
        // 30 of Olivia's on day one, 3 of Parker's in the area on day two, 1 of a job on day three.
        for (var i = 0; i < 30; i++)
            db.Audit(_clock.Business, _opsId, "role.granted", "ConsoleUser", Guid.NewGuid(), null, null, new { i });
        _clock.AdvanceDays(1);
        for (var i = 0; i < 3; i++)
            db.Audit(_clock.Business, _otherId, "area.created", "Area", Guid.NewGuid(), _areaId, null, new { Note = "=cmd|' /C calc'!A0" });
        _clock.AdvanceDays(1);
        db.Audit(_clock.Business, null, "StaffAccount.Renewed", "StaffAccount", Guid.NewGuid(), null, null, null);
        await db.SaveChangesAsync(Token);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private AuditLogService ServiceFor(Guid userId) =>
        new(_database, SignedIn.ScopeFor(_database, userId), new AuditChainVerifier(_database), _clock.Business);

    [Fact]
    public async Task Search_WithoutAFilter_PagesTwentyFiveNewestFirstWithTheTotal()
    {
        var first = await ServiceFor(_opsId).SearchAsync(new AuditFilter(), 0, Token);
        var second = await ServiceFor(_opsId).SearchAsync(new AuditFilter(), 1, Token);

        Assert.Equal((34, 2), (first.Total, first.PageCount));
        Assert.Equal(Enumerable.Range(10, 25).Select(i => (long)i).Reverse(), first.Lines.Select(l => l.Id));
        Assert.Equal(Enumerable.Range(1, 9).Select(i => (long)i).Reverse(), second.Lines.Select(l => l.Id));
        Assert.Equal("System (background job)", first.Lines[0].Actor);
    }

    [Fact]
    public async Task Search_ByWhoWhatAreaAndDates_KeepsOnlyTheMatchingRecords()
    {
        var audit = ServiceFor(_opsId);
        var dayTwo = World.StartDate.AddDays(1);

        Assert.Equal(3, (await audit.SearchAsync(new AuditFilter(Who: "parker"), 0, Token)).Total);
        Assert.Equal(1, (await audit.SearchAsync(new AuditFilter(Who: "System"), 0, Token)).Total);
        Assert.Equal(30, (await audit.SearchAsync(new AuditFilter(Action: "role.granted"), 0, Token)).Total);
        Assert.Equal(3, (await audit.SearchAsync(new AuditFilter(AreaId: _areaId), 0, Token)).Total);
        Assert.Equal(3, (await audit.SearchAsync(new AuditFilter(From: dayTwo, To: dayTwo), 0, Token)).Total);
        Assert.Equal(4, (await audit.SearchAsync(new AuditFilter(From: dayTwo), 0, Token)).Total);
        Assert.Equal(0, (await audit.SearchAsync(new AuditFilter(Who: "olivia", AreaId: _areaId), 0, Token)).Total);
        Assert.Equal(0, (await audit.SearchAsync(new AuditFilter(Who: "%"), 0, Token)).Total);
    }

    [Fact]
    public async Task Options_ListEachActionRecordedWithItsWords()
    {
        var options = await ServiceFor(_opsId).OptionsAsync(Token);

        Assert.Contains(options.Actions, a => a is { Action: "StaffAccount.Renewed", Label: "Account renewed (REN-1)" });
        Assert.Equal(3, options.Actions.Count);
    }

    [Fact]
    public async Task Search_ForStaff_IsRefusedWithSco1()
    {
        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => ServiceFor(_staffId).SearchAsync(new AuditFilter(), 0, Token));
        await Assert.ThrowsAsync<BusinessRuleViolationException>(() => ServiceFor(_staffId).ReadVerificationAsync(Token));

        Assert.Equal(["SCO-1"], refused.Codes);
    }

    [Fact]
    public async Task Export_EveryMatchingRecordInBatches_WithFormulasEscapedInTheCsv()
    {
        var scope = await SignedIn.ScopeFor(_database, _opsId).ForUserAsync(_opsId, Token);

        var lines = await ServiceFor(_opsId).ExportAsync(scope!, new AuditFilter(), Token).ToListAsync(Token);
        var formulaId = await SignedIn.AddUserAsync(_database, "=SUM(A1:A9)", ConsoleRoles.Staff);
        await using (var db = _database.CreateDbContext())
        {
            db.Audit(_clock.Business, formulaId, "issue.reported", "IssueReport", Guid.NewGuid(), null, null, null);
            await db.SaveChangesAsync(Token);
        }
        var formula = await ServiceFor(_opsId).ExportAsync(scope!, new AuditFilter(Who: "sum("), Token).ToListAsync(Token);

        Assert.Equal(Enumerable.Range(1, 34).Select(i => (long)i).Reverse(), lines.Select(l => l.Id));
        Assert.Contains(",\"'=SUM(A1:A9)\",", CsvFile.Row(AuditLogService.CsvCells(Assert.Single(formula))));
    }

    [Fact]
    public async Task Export_ForStaff_IsRefusedWithSco1()
    {
        var scope = await SignedIn.ScopeFor(_database, _staffId).ForUserAsync(_staffId, Token);

        await Assert.ThrowsAsync<BusinessRuleViolationException>(async () =>
            await ServiceFor(_staffId).ExportAsync(scope!, new AuditFilter(), Token).ToListAsync(Token));
    }
}
