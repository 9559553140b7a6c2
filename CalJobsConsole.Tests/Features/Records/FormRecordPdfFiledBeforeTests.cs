using CalJobsConsole.App.Features;
using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.App.Features.Records;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.IssueReports;
using CalJobsConsole.Domain.Signatures;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Records;

/// <summary>
/// Issue 20: forms filed before the fuller forms asked their new fields (the migration left those columns empty) still load and
/// render, in the PDF record and on their pages, saying "Not asked when this form was filed" for each field they never had —
/// never a blank, never an error.
/// </summary>
public sealed class FormRecordPdfFiledBeforeTests : IAsyncLifetime
{
    private readonly World _world = new();
    private TestDatabase _database = null!;
    private StoredWorld _stored = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Guid MorganId => _world.MisAdministrator.PersonId;

    private BusinessClock Clock => _world.Business;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _stored = await StoredWorld.CreateAsync(_database, _world);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task AccessRequest_WhenFiledBeforeTitlesAndPhonesWereAsked_SaysSoForEach()
    {
        var request = _world.Submit(_world.NewAccountForm());
        await SaveAndForgetAsync(request);

        var text = await PdfAsync(MorganId, FormRecordKind.AccessRequest, request.Id);

        foreach (var label in new[] { "Job title", "Phone", "Requestor's title", "Requestor's phone" })
            text.AssertContains(label + FiledFormWords.NotAsked);
    }

    [Fact]
    public async Task DesignationForm_WhenFiledBeforeItsParticularsWereAsked_SaysSoOnThePdfAndThePage()
    {
        var form = DesignationForm.SubmitAddition(_world.LocalArea, World.Contact("Ada Added"), _world.Particulars("ada.added"),
            TestSignatures.By(World.LocalDirectorId, AttestationStatement.DesignationForm, Clock, "Dana Director"), _world.Clock.Today);
        await SaveAndForgetAsync(form);

        var text = await PdfAsync(World.LocalDirectorId, FormRecordKind.DesignationForm, form.Id);
        await using var db = _database.CreateDbContext();
        var loaded = await db.DesignationForms.AsNoTracking().SingleAsync(f => f.Id == form.Id, Token);

        foreach (var label in new[] { "Effective date", "Title", "Organisation", "CalJOBS username" })
            text.AssertContains(label + FiledFormWords.NotAsked);
        Assert.False(loaded.AskedParticulars);
        Assert.Equal(
            [("Title", FiledFormWords.NotAsked), ("Organisation", FiledFormWords.NotAsked), ("Phone", World.Phone),
                ("CalJOBS username", FiledFormWords.NotAsked), ("Effective", FiledFormWords.NotAsked)],
            DesignationFormWording.Particulars(loaded).Select(f => (f.Label, f.Value)));
    }

    [Fact]
    public async Task IssueReport_WhenSubmittedBeforeItsNewFieldsWereAsked_SaysSoForEach()
    {
        var account = _world.CreateAccount();
        await SaveAsync(account);
        await SignedIn.AddUserAsync(_database, account.Id, "Pat Staff", ConsoleRoles.Staff);
        var report = IssueReport.Report(account.Id, _world.LocalArea.Id, _world.PartnerOffice.Id, "Search is empty", "Nothing found.", Clock);
        report.VerifyAsSystemIssue(_world.MisAdministrator, Clock);
        report.SubmitToOperationsUnit(_world.MisAdministrator,
            TestIssueForms.Complete("No results.", "Job Order Search", _world.Clock.Today, "Search 95603.", "All staff.", Clock), Clock);
        await SaveAndForgetAsync(report);

        var text = await PdfAsync(MorganId, FormRecordKind.IssueReport, report.Id);
        await using var db = _database.CreateDbContext();
        var loaded = await db.IssueReports.AsNoTracking().SingleAsync(r => r.Id == report.Id, Token);

        foreach (var label in new[] { "Time of day", "Browser", "Device", "Urgency", "Reporter's phone", "Reporter's e-mail" })
            text.AssertContains(label + FiledFormWords.NotAsked);
        text.AssertContains("What happenedNo results.");
        Assert.False(loaded.Form!.AskedCircumstances);
    }

    private async Task<PdfText> PdfAsync(Guid userId, FormRecordKind kind, Guid id)
    {
        var scope = await SignedIn.ScopeFor(_database, userId).CurrentAsync(Token);
        var service = new FormRecordService(_database, SignedIn.ScopeFor(_database, userId), Clock, PdfText.Renderer(),
            new CalJobsConsole.App.Features.Evidence.EvidenceStore(TestFiling.Store(_database)));
        var download = await service.OpenPdfAsync(scope!, kind, id, Token);
        Assert.NotNull(download);
        return PdfText.Of(download.Content);
    }

    private async Task SaveAndForgetAsync(object entity)
    {
        await SaveAsync(entity);
        await using var db = _database.CreateDbContext();
        await FormsFiledBefore.ForgetFullerFieldsAsync(db, Token);
    }

    private async Task SaveAsync(object entity)
    {
        await using var db = _database.CreateDbContext();
        db.Add(entity);
        await db.SaveChangesAsync(Token);
    }
}
