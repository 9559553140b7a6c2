using CalJobsConsole.Domain.Signatures;
using CalJobsConsole.App.Features;
using CalJobsConsole.App.Features.Records;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.IssueReports;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Features.Records;

/// <summary>
/// The PDF records of the three forms as filed, built from the database by <see cref="FormRecordService"/> and read back with
/// PdfPig: each form's fields in words (never an enum's name), its signatures and its decision; and who may have them (SCO-1),
/// as on each form's own page.
/// </summary>
public sealed class FormRecordPdfServiceTests : IAsyncLifetime
{
    private const string StaffName = "José Ñúñez — Peña";
    private readonly World _world = new();
    private readonly Guid _designeeId = Guid.NewGuid();
    private TestDatabase _database = null!;
    private StoredWorld _stored = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Guid MorganId => _world.MisAdministrator.PersonId;

    private BusinessClock Clock => _world.Business;

    public async ValueTask InitializeAsync()
    {
        _world.LocalArea.NameDesignee(World.LocalDirectorId, _designeeId, World.Contact("Zoë Désignée"), _world.Clock.Today);
        _database = await TestDatabase.CreateAsync();
        _stored = await StoredWorld.CreateAsync(_database, _world);
        await SignedIn.AddUserAsync(_database, _designeeId, "Zoë Désignée");
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task AccessRequest_WhenApproved_HoldsTheWholeFormInWordsTheRequestorsSubmissionAndTheApproval()
    {
        var request = _world.Submit(NewAccountForm());
        _world.Clock.Advance(TimeSpan.FromHours(2));
        request.Approve(_world.MisAdministrator, TestSignatures.Approval(_world.MisAdministrator, Clock), Clock, _world.Policy);
        await SaveAsync(request);

        var download = await OpenAsync(MorganId, FormRecordKind.AccessRequest, request.Id);
        var text = PdfText.Of(download.Content);

        var attested = _world.Clock.Today.AddDays(-30).ToString("yyyy-MM-dd");
        foreach (var expected in new[]
                 {
                     "CalJOBS System Access Request (Attachment 3)", "WSD24-13, Attachment 3", request.Id.ToString(),
                     "Kind of request", "New account", "Status", "Approved",
                     "Submitted", BusinessTime.FormatLabelled(request.SubmittedAt, Clock),
                     StaffName, "jose.nunez@example.ca.gov", "916-555-0100", "Non-EDD staff (signs Attachment E-1)", "To be created",
                     "Golden Sierra (Local Area)", "Auburn AJCC",
                     "Requested privilege group", DirectivePrivilegeGroups.LwiaCboStaff,
                     "Business need", "Intake and case notes for WIOA Title I participants — Auburn.",
                     "ISPA training completed", attested, $"Attachment E-1 signed on {attested}",
                     "Verified the ISPA training and the confidentiality statement", "Confirmed the staff member's business need",
                     "Signed and submitted the request", "Riley Requestor, Requestor (manager or supervisor)",
                     "I am the staff member's manager or supervisor, registered as a requestor for this office.",
                     "Approved the request", "Morgan MIS, MIS Administrator of Golden Sierra",
                     "I am an administrator of this area. I reviewed this System Access Request", AttestationStatement.CurrentVersion,
                     "Outcome", "Morgan MIS, MIS Administrator of Golden Sierra", BusinessTime.FormatLabelled(request.DecidedAt!.Value, Clock),
                 })
            text.AssertContains(expected);
        // Issue 20: the staff member's job title and phone, the requestor's title and phone, each beside its label.
        foreach (var (label, value) in new[]
                 {
                     ("Job title", "Career Coach"), ("Phone", "916-555-0100"),
                     ("Requestor's title", World.RequestorTitle), ("Requestor's phone", World.RequestorPhone),
                 })
            text.AssertContains(label + value);
        foreach (var enumName in new[] { "NonEdd", "NewAccount", "LocalArea", "AttachmentE1" })
            Assert.DoesNotContain(enumName, text.All);
        Assert.Equal(download.Record.ContentSha256(), Assert.Single(text.Footers().Select(f => f.Hash).Distinct()));
        Assert.Equal("attachment-3-system-access-request-" + request.Id + ".pdf", download.FileName);
    }

    [Fact]
    public async Task AccessRequest_WhenRejected_SaysRejectedWithTheReason()
    {
        var request = _world.Submit(NewAccountForm());
        request.Reject(_world.MisAdministrator, "The office is wrong — résumé says Placerville.", Clock);
        await SaveAsync(request);

        var text = PdfText.Of((await OpenAsync(MorganId, FormRecordKind.AccessRequest, request.Id)).Content);

        text.AssertContains("Rejected");
        text.AssertContains("The office is wrong — résumé says Placerville.");
    }

    [Fact]
    public async Task AccessRequest_WhenOnlySubmitted_ItsRequestorGetsItAndItIsNotDecidedYet()
    {
        var request = _world.Submit(NewAccountForm());
        await SaveAsync(request);

        var text = PdfText.Of((await OpenAsync(_stored.RequestorId, FormRecordKind.AccessRequest, request.Id)).Content);

        text.AssertContains("Signed and submitted the request");
        text.AssertContains("DecisionNot decided yet");
    }

    [Fact]
    public async Task AccessRequest_WhenAnotherAreasAdministratorAsks_IsRefusedWithSco1AndAnUnknownIdIsNull()
    {
        var other = _world.Designate(_world.OtherLocalArea, "Otto Other", trained: true);
        await SignedIn.AddUserAsync(_database, other.PersonId, "Otto Other", ConsoleRoles.MisAdministrator);
        var request = _world.Submit(NewAccountForm());
        await SaveAsync(request);

        var refused = await ActOutcome.Of(() => Service(other.PersonId).ForAsync(FormRecordKind.AccessRequest, request.Id, Token));
        var unknown = await Service(MorganId).ForAsync(FormRecordKind.AccessRequest, Guid.NewGuid(), Token);

        Assert.Equal(["SCO-1"], refused.Codes);
        Assert.Null(unknown);
    }

    [Fact]
    public async Task DesignationForm_WhenADesigneeSignedAndTheOperationsUnitRefused_HoldsTheChangeTheSignatureAndTheRefusal()
    {
        var seat = _world.LocalArea.ActiveDesignations.Single();
        var newContact = ContactDetails.Create("Morgan Ñandú-Müller", "morgan.nandu@example.ca.gov", "530-555-0199");
        var particulars = new DesignationParticulars("Responsable des données — MIS", "Golden Sierra Job Training Agency", "morgan.nandu", _world.Clock.Today.AddDays(7));
        var form = DesignationForm.SubmitContactChange(_world.LocalArea, seat.Id, newContact, particulars,
            TestSignatures.By(_designeeId, AttestationStatement.DesignationForm, Clock, "Zoë Désignée"), _world.Clock.Today);
        form.Refuse(_stored.OperationsUnitUserId, "Signed on the wrong form — resubmit.", _world.Clock.Today);
        await SaveAsync(form);

        var download = await OpenAsync(_stored.OperationsUnitUserId, FormRecordKind.DesignationForm, form.Id);
        var text = PdfText.Of(download.Content);

        var today = _world.Clock.Today.ToString("yyyy-MM-dd");
        foreach (var expected in new[]
                 {
                     "WSB CalJOBS SPOC and MIS Administrator Designation Form (Attachment 1)", form.Id.ToString(),
                     "Golden Sierra", "Local Area", "MIS Administrator", "Change an administrator's contact details",
                     "Morgan MIS", "morgan.mis@example.ca.gov", "New contact details", "Morgan Ñandú-Müller", "morgan.nandu@example.ca.gov",
                     "530-555-0199", "Signed the form", "Zoë Désignée, designee acting for Dana Director, Local Area Director of Golden Sierra", today,
                     "Refused by the Operations Unit", "Olivia Operations", "Signed on the wrong form — resubmit.",
                 })
            text.AssertContains(expected);
        // Issue 20: the new contact's title, organisation and CalJOBS username, and the effective date, each beside its label.
        foreach (var (label, value) in new[]
                 {
                     ("Effective date", _world.Clock.Today.AddDays(7).ToString("yyyy-MM-dd")), ("Phone", "530-555-0199"),
                     ("Title", "Responsable des données — MIS"), ("Organisation", "Golden Sierra Job Training Agency"), ("CalJOBS username", "morgan.nandu"),
                 })
            text.AssertContains(label + value);
        Assert.DoesNotContain("ChangeContact", text.All);
    }

    [Fact]
    public async Task DesignationForm_WhenAnAdditionGivesNoCalJobsUsername_SaysThePersonHasNoneYetAndHoldsTheRest()
    {
        var person = ContactDetails.Create("Ada Added", "ada.added@example.ca.gov", "916-555-0142 x12");
        var form = DesignationForm.SubmitAddition(_world.LocalArea, person, new DesignationParticulars("Data Analyst", "Placer County Workforce", null, _world.Clock.Today),
            TestSignatures.By(World.LocalDirectorId, AttestationStatement.DesignationForm, Clock, "Dana Director"), _world.Clock.Today);
        await SaveAsync(form);

        var text = PdfText.Of((await OpenAsync(World.LocalDirectorId, FormRecordKind.DesignationForm, form.Id)).Content);

        foreach (var (label, value) in new[]
                 {
                     ("Effective date", _world.Clock.Today.ToString("yyyy-MM-dd")), ("Phone", "916-555-0142 x12"), ("Title", "Data Analyst"),
                     ("Organisation", "Placer County Workforce"), ("CalJOBS username", FiledFormWords.NoCalJobsUsername),
                 })
            text.AssertContains(label + value);
    }

    [Fact]
    public async Task DesignationForm_WhenTheDirectorOrADesigneeAsks_TheyGetItAndTheAreasAdministratorIsRefused()
    {
        var form = DesignationForm.SubmitAddition(_world.LocalArea, World.Contact("Ada Added"), _world.Particulars(), TestSignatures.By(World.LocalDirectorId, AttestationStatement.DesignationForm, Clock, "Dana Director"), _world.Clock.Today);
        await SaveAsync(form);

        var byDirector = await Service(World.LocalDirectorId).ForAsync(FormRecordKind.DesignationForm, form.Id, Token);
        var byDesignee = await Service(_designeeId).ForAsync(FormRecordKind.DesignationForm, form.Id, Token);
        var byAdministrator = await ActOutcome.Of(() => Service(MorganId).ForAsync(FormRecordKind.DesignationForm, form.Id, Token));

        Assert.Contains(byDirector!.Signatures, s => s.Name == "Dana Director" && s.Role == "Local Area Director of Golden Sierra");
        Assert.Null(byDirector.Decision);
        Assert.NotNull(byDesignee);
        Assert.Equal(["SCO-1"], byAdministrator.Codes);
    }

    [Fact]
    public async Task IssueReport_WhenResolved_HoldsTheReportTheFormTheSubmitterAndTheResolution()
    {
        var report = await SubmittedIssueReportAsync(r =>
            r.ReplyFromOperationsUnit(_stored.OperationsUnitUserId, "Fixed in release 24.3 — the index was rebuilt.", resolve: true, Clock));

        var text = PdfText.Of((await OpenAsync(MorganId, FormRecordKind.IssueReport, report.Id)).Content);

        foreach (var expected in new[]
                 {
                     "CalJOBS Issue Reporting Form (Attachment 2)", report.Id.ToString(), "Job search returns nothing", "ZIP 95603 shows no orders.",
                     "Reported by", "Pat Staff", "Golden Sierra", "Auburn AJCC", "Resolved",
                     "What happened", "Search by ZIP returns no open orders — café employers too.", "Where (CalJOBS page or module)",
                     "Employer Services > Job Order Search", "Steps to reproduce", "1. Open the search. 2. Enter 95603.",
                     "Users and accounts affected", "All Golden Sierra staff.",
                     "Submitted the form to the Operations Unit", "Morgan MIS, MIS Administrator of Golden Sierra",
                     "Resolved by the Operations Unit", "Olivia Operations", "Fixed in release 24.3 — the index was rebuilt.",
                 })
            text.AssertContains(expected);
        // Issue 20: the time of day, browser, device, urgency and the reporter's contact, each beside its label.
        foreach (var (label, value) in new[]
                 {
                     ("Time of day", "08:30 Pacific time"), ("Browser", TestIssueForms.Browser), ("Device", TestIssueForms.Device),
                     ("Urgency", "Urgent: work stopped"), ("Reporter's phone", TestIssueForms.ReporterPhone),
                     ("Reporter's e-mail", TestIssueForms.ReporterEmail),
                 })
            text.AssertContains(label + value);
        Assert.DoesNotContain("SubmittedToOperationsUnit", text.All);
    }

    [Fact]
    public async Task IssueReport_WhoMayHaveIt_TheAreasAdministratorAlwaysTheOperationsUnitOnceSubmittedNeverTheReporter()
    {
        var (account, staffId) = await StaffAsync("Quinn Reporter");
        var reported = IssueReport.Report(account, _world.LocalArea.Id, _world.PartnerOffice.Id, "Problem", "Details.", Clock);
        await SaveAsync(reported);
        var submitted = await SubmittedIssueReportAsync();

        Assert.NotNull(await Service(MorganId).ForAsync(FormRecordKind.IssueReport, reported.Id, Token));
        Assert.Equal(["SCO-1"], (await ActOutcome.Of(() => Service(_stored.OperationsUnitUserId).ForAsync(FormRecordKind.IssueReport, reported.Id, Token))).Codes);
        Assert.NotNull(await Service(_stored.OperationsUnitUserId).ForAsync(FormRecordKind.IssueReport, submitted.Id, Token));
        Assert.Equal(["SCO-1"], (await ActOutcome.Of(() => Service(staffId).ForAsync(FormRecordKind.IssueReport, reported.Id, Token))).Codes);
    }

    private AccessRequestForm NewAccountForm() =>
        _world.NewAccountForm(StaffKind.NonEdd) with
        {
            Staff = ContactDetails.Create(StaffName, "jose.nunez@example.ca.gov", "916-555-0100"),
            BusinessNeed = "Intake and case notes for WIOA Title I participants — Auburn.",
        };

    private async Task<(Guid AccountId, Guid UserId)> StaffAsync(string name = "Pat Staff")
    {
        var account = _world.CreateAccount();
        // Past the first sign-in's password change (CRD-1), so the staff member's own scope is usable.
        account.SignInWithTemporaryPassword(Clock);
        account.CompletePasswordChange(Clock);
        await SaveAsync(account);
        return (account.Id, await SignedIn.AddUserAsync(_database, account.Id, name, ConsoleRoles.Staff));
    }

    private async Task<IssueReport> SubmittedIssueReportAsync(Action<IssueReport>? then = null)
    {
        var (account, _) = await StaffAsync();
        var report = IssueReport.Report(account, _world.LocalArea.Id, _world.PartnerOffice.Id, "Job search returns nothing", "ZIP 95603 shows no orders.", Clock);
        report.VerifyAsSystemIssue(_world.MisAdministrator, Clock);
        report.SubmitToOperationsUnit(_world.MisAdministrator, TestIssueForms.Complete("Search by ZIP returns no open orders — café employers too.",
            "Employer Services > Job Order Search", _world.Clock.Today, "1. Open the search. 2. Enter 95603.", "All Golden Sierra staff.",
            Clock, IssueUrgency.Urgent), Clock);
        then?.Invoke(report);
        await SaveAsync(report);
        return report;
    }

    private FormRecordService Service(Guid userId) => new(_database, SignedIn.ScopeFor(_database, userId), Clock, PdfText.Renderer(),
        new CalJobsConsole.App.Features.Evidence.EvidenceStore(TestFiling.Store(_database)));

    private async Task<FormRecordDownload> OpenAsync(Guid userId, FormRecordKind kind, Guid id)
    {
        var scope = await SignedIn.ScopeFor(_database, userId).CurrentAsync(Token);
        var download = await Service(userId).OpenPdfAsync(scope!, kind, id, Token);
        Assert.NotNull(download);
        return download;
    }

    private async Task SaveAsync(object entity)
    {
        await using var db = _database.CreateDbContext();
        db.Add(entity);
        await db.SaveChangesAsync(Token);
    }
}
