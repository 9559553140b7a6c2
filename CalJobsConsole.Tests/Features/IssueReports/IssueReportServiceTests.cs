using System.Text;
using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.App.Features.IssueReports;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.IssueReports;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Features.IssueReports;

/// <summary>
/// ISS-1 behind the pages, on the real SQLite test database: a staff member reports to their area's administrator, who verifies
/// and submits the reporting form to the Operations Unit; it replies; the administrator relays. Staff cannot reach the Operations
/// Unit; another area's administrator sees nothing (SCO-1); a form without its fields saves nothing.
/// </summary>
public sealed class IssueReportServiceTests : IAsyncLifetime
{
    /// <summary>A real 1×1 PNG (from IHDR to IEND): the upload checks a PNG's chunks, not only its leading bytes.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private readonly World _world = new();
    private readonly RecordingNotificationSender _notifications = new();
    private TestDatabase _database = null!;
    private StoredWorld _stored = null!;
    private Guid _staffId;
    private AdministratorActor _otherAdministrator = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _otherAdministrator = _world.Designate(_world.OtherLocalArea, "Otto Other", trained: true);
        _database = await TestDatabase.CreateAsync();
        _stored = await StoredWorld.CreateAsync(_database, _world);
        await SignedIn.AddUserAsync(_database, _otherAdministrator.PersonId, "Otto Other", ConsoleRoles.MisAdministrator);
        var account = _world.CreateAccount();
        account.SignInWithTemporaryPassword(_world.Business);
        account.CompletePasswordChange(_world.Business);
        await using (var db = _database.CreateDbContext())
        {
            db.StaffAccounts.Add(account);
            await db.SaveChangesAsync(Token);
        }
        _staffId = await SignedIn.AddUserAsync(_database, account.Id, "Pat Staff", ConsoleRoles.Staff);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Queue_WhenSixtyReportsOfTheAreaAndFiveOfAnother_PageTwoHoldsTheLastOpenOnesThenTheClosedAndOnlyThisAreaIsCounted()
    {
        var account = _world.CreateAccount();
        var open = new List<IssueReport>();
        var closed = new List<IssueReport>();
        var elsewhere = new List<IssueReport>();
        for (var i = 0; i < 65; i++)
        {
            var report = i < 60
                ? IssueReport.Report(account.Id, _world.LocalArea.Id, _world.PartnerOffice.Id, $"Problem {i}", "Details.", _world.Business)
                : IssueReport.Report(account.Id, _world.OtherLocalArea.Id, _world.OtherOffice.Id, $"Problem {i}", "Details.", _world.Business);
            if (i >= 60)
                elsewhere.Add(report);
            else if (i % 2 == 0)
                open.Add(report);
            else
            {
                report.CloseAsUserError(_world.MisAdministrator, "Training issue.", _world.Business);
                closed.Add(report);
            }
            _world.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        await using (var db = _database.CreateDbContext())
        {
            db.IssueReports.AddRange(open.Concat(closed).Concat(elsewhere));
            await db.SaveChangesAsync(Token);
        }

        var second = await Service(Mis).QueueAsync(2, Token);
        var other = await Service(_otherAdministrator.PersonId).QueueAsync(1, Token);

        Assert.Equal((60, 3), (second.Total, second.PageCount));
        Assert.Equal(open.Skip(25).Concat(closed.Take(20)).Select(r => r.Id), second.Lines.Select(l => l.Id));
        Assert.Equal(elsewhere.Select(r => r.Id), other.Lines.Select(l => l.Id));
    }

    private Guid Mis => _world.MisAdministrator.PersonId;

    private IssueReportService Service(Guid userId) =>
        new(_database, SignedIn.ScopeFor(_database, userId), _world.Business, _notifications, new EvidenceStore(new DataDirectory(_database.Folder)),
            NullLogger<IssueReportService>.Instance);

    private static IssueReportingFormModel CompleteForm() => new()
    {
        WhatHappened = "Case notes vanish after saving.",
        Where = "Case management > Case notes",
        OccurredOn = new DateTime(2026, 3, 13),
        StepsToReproduce = "Open a participant, add a case note, save, refresh.",
        AffectedUsersAndAccounts = "Pat Staff; participant 12345",
        OccurredAt = "14:05",
        Browser = "Firefox 133",
        Device = "Windows 11 laptop",
        Urgency = IssueUrgency.Urgent,
        ReporterPhone = "530-555-0188",
    };

    private async Task<Guid> ReportAsync()
    {
        var outcome = await Service(_staffId).ReportAsync(new NewIssueReportModel { Summary = "Case notes vanish", Description = "Saved notes disappear." }, Token);
        Assert.True(outcome.Succeeded, outcome.Problem);
        await using var db = _database.CreateDbContext();
        return await db.IssueReports.Select(r => r.Id).SingleAsync(Token);
    }

    private async Task<Guid> SubmittedAsync()
    {
        var id = await ReportAsync();
        Assert.True((await Service(Mis).VerifyAsync(id, Token)).Succeeded);
        Assert.True((await Service(Mis).SubmitAsync(id, CompleteForm(), Token)).Succeeded);
        return id;
    }

    [Fact]
    public async Task Report_ByStaff_GoesToTheirAreasAdministratorsAndTellsThem()
    {
        var id = await ReportAsync();

        var queue = (await Service(Mis).QueueAsync(cancellationToken: Token)).Lines;
        Assert.Equal(id, Assert.Single(queue).Id);
        Assert.Equal(IssueReportStatus.Reported, queue[0].Status);
        var told = Assert.Single(_notifications.Sent);
        Assert.Equal("IssueReported", told.Kind);
        Assert.Contains(told.To, r => r.UserId == Mis);
        Assert.DoesNotContain(told.To, r => r.UserId == _stored.OperationsUnitUserId);
    }

    [Fact]
    public async Task Report_WithoutItsFields_ShowsEveryMissingFieldAndSavesNothing()
    {
        var outcome = await Service(_staffId).ReportAsync(new NewIssueReportModel(), Token);

        Assert.False(outcome.Succeeded);
        Assert.Contains("Say in a line what went wrong.", outcome.Problem);
        Assert.Contains("Describe what you did and what you saw.", outcome.Problem);
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.IssueReports.CountAsync(Token));
    }

    [Fact]
    public async Task Report_WhenTheDescriptionHoldsAnSsn_SaysSoBesideTheFieldAndSavesNothing()
    {
        var outcome = await Service(_staffId).ReportAsync(
            new NewIssueReportModel { Summary = "Case notes vanish", Description = "The participant \uFF11\uFF12\uFF13 45 6789 lost notes." }, Token);

        Assert.False(outcome.Succeeded);
        Assert.Contains(CalJobsConsole.Domain.DataChanges.SocialSecurityNumberShape.MessageFor("The description"), outcome.Problem);
        Assert.DoesNotContain("\uFF11\uFF12\uFF13", outcome.Problem);
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.IssueReports.CountAsync(Token));
        Assert.Empty(_notifications.Sent);
    }

    [Fact]
    public async Task Report_ByAUserWithoutAStaffAccount_IsRefusedWithIss1()
    {
        var outcome = await Service(_world.RequestorId).ReportAsync(new NewIssueReportModel { Summary = "x", Description = "y" }, Token);

        Assert.Equal(["ISS-1"], outcome.Codes);
    }

    [Fact]
    public async Task Submit_ByTheStaffMember_CannotReachTheOperationsUnit()
    {
        var id = await ReportAsync();

        var outcome = await Service(_staffId).SubmitAsync(id, CompleteForm(), Token);

        Assert.Equal(["ISS-1"], outcome.Codes);
        await using var db = _database.CreateDbContext();
        Assert.Equal(IssueReportStatus.Reported, (await db.IssueReports.SingleAsync(Token)).Status);
        Assert.Empty((await Service(_stored.OperationsUnitUserId).QueueAsync(cancellationToken: Token)).Lines);
    }

    [Fact]
    public async Task Queue_ForTheStaffMember_IsRefusedWithSco1() =>
        Assert.Equal("SCO-1", Assert.Single((await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Service(_staffId).QueueAsync(cancellationToken: Token))).Codes));

    [Fact]
    public async Task AnotherAreasAdministrator_CannotSeeOrVerify_Sco1()
    {
        var id = await ReportAsync();
        var other = Service(_otherAdministrator.PersonId);

        Assert.Empty((await other.QueueAsync(cancellationToken: Token)).Lines);
        await Assert.ThrowsAsync<BusinessRuleViolationException>(() => other.ReportViewAsync(id, Token));
        Assert.Equal(["SCO-1"], (await other.VerifyAsync(id, Token)).Codes);
    }

    [Fact]
    public async Task Submit_WithoutTheFormsFields_ShowsEveryMissingFieldAndStaysVerified()
    {
        var id = await ReportAsync();
        await Service(Mis).VerifyAsync(id, Token);

        var outcome = await Service(Mis).SubmitAsync(id, new IssueReportingFormModel(), Token);

        foreach (var message in new[]
                 {
                     "Describe what happened.", "Name the CalJOBS page or module", "Give the date it happened.", "List the steps", "Name the users and accounts affected.",
                     "Give the time of day it happened.", "Name the browser", "Name the device", "Choose how urgent it is.", "Give the reporter's phone.",
                 })
            Assert.Contains(message, outcome.Problem);
        Assert.Equal(IssueReportStatus.Verified, (await Service(Mis).ReportViewAsync(id, Token)).Status);
    }

    [Fact]
    public async Task Submit_WhenTheReportersEmailIsLeftBlank_KeepsTheirOwnOnRecordWithTheOtherNewFields()
    {
        var id = await ReportAsync();
        await Service(Mis).VerifyAsync(id, Token);
        var offered = (await Service(Mis).ReportViewAsync(id, Token)).ReporterEmail;

        Assert.True((await Service(Mis).SubmitAsync(id, CompleteForm(), Token)).Succeeded);

        var form = (await Service(Mis).ReportViewAsync(id, Token)).Form!;
        Assert.StartsWith("pat.staff.", offered);
        Assert.Equal(offered, form.ReporterEmail);
        Assert.Equal((new TimeOnly(14, 5), "Firefox 133", "Windows 11 laptop", IssueUrgency.Urgent, "530-555-0188"),
            (form.OccurredAt, form.Browser, form.Device, form.Urgency, form.ReporterPhone));
    }

    [Fact]
    public async Task Submit_WhenAnotherEmailIsGiven_KeepsThatOne()
    {
        var id = await ReportAsync();
        await Service(Mis).VerifyAsync(id, Token);
        var form = CompleteForm();
        form.ReporterEmail = " pat.home@example.org ";

        Assert.True((await Service(Mis).SubmitAsync(id, form, Token)).Succeeded);

        Assert.Equal("pat.home@example.org", (await Service(Mis).ReportViewAsync(id, Token)).Form!.ReporterEmail);
    }

    [Theory]
    [InlineData("7:5", "Give the time as hours and minutes")]
    [InlineData("25:00", "Give the time as hours and minutes")]
    public async Task Submit_WhenTheTimeIsNotAClockTime_SaysSoAndStaysVerified(string time, string message)
    {
        var id = await ReportAsync();
        await Service(Mis).VerifyAsync(id, Token);
        var form = CompleteForm();
        form.OccurredAt = time;

        var outcome = await Service(Mis).SubmitAsync(id, form, Token);

        Assert.Contains(message, outcome.Problem);
        Assert.Equal(IssueReportStatus.Verified, (await Service(Mis).ReportViewAsync(id, Token)).Status);
    }

    [Fact]
    public async Task Submit_WhenTheTimeTodayIsStillToCome_IsRefusedNamingTheTimeNotAServerError()
    {
        var id = await ReportAsync();
        await Service(Mis).VerifyAsync(id, Token);
        var form = CompleteForm();
        (form.OccurredOn, form.OccurredAt) = (_world.Clock.Today.ToDateTime(TimeOnly.MinValue), "23:59");

        var outcome = await Service(Mis).SubmitAsync(id, form, Token);

        Assert.Equal("OccurredAt", outcome.ProblemField);
        Assert.Contains("cannot be in the future", outcome.Problem);
        Assert.Equal(IssueReportStatus.Verified, (await Service(Mis).ReportViewAsync(id, Token)).Status);
    }

    [Fact]
    public async Task Submit_BeforeVerification_IsRefusedWithIss1()
    {
        var id = await ReportAsync();

        Assert.Equal(["ISS-1"], (await Service(Mis).SubmitAsync(id, CompleteForm(), Token)).Codes);
    }

    [Fact]
    public async Task OperationsUnit_SeesOnlySubmittedReports_AndItsReplyIsRelayedToTheStaffMember()
    {
        var pending = await ReportAsync();
        Assert.Empty((await Service(_stored.OperationsUnitUserId).QueueAsync(cancellationToken: Token)).Lines);
        await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Service(_stored.OperationsUnitUserId).ReportViewAsync(pending, Token));
        Assert.True((await Service(Mis).VerifyAsync(pending, Token)).Succeeded);
        Assert.True((await Service(Mis).SubmitAsync(pending, CompleteForm(), Token)).Succeeded);
        var ops = Service(_stored.OperationsUnitUserId);
        Assert.Equal(pending, Assert.Single((await ops.QueueAsync(cancellationToken: Token)).Lines).Id);
        Assert.Equal("Case management > Case notes", (await ops.ReportViewAsync(pending, Token)).Form!.Where);

        Assert.True((await ops.ReplyAsync(pending, new IssueNoteModel { Note = "Fixed in release 4.2.", Resolve = true }, Token)).Succeeded);
        Assert.Empty((await Service(_staffId).MyReportsAsync(Token))[0].Updates); // not until the administrator relays it
        var reply = (await Service(Mis).ReportViewAsync(pending, Token)).Messages.Single();
        Assert.True((await Service(Mis).RelayAsync(pending, reply.Id, new IssueNoteModel { Note = "Fixed in release 4.2; try again." }, Token)).Succeeded);

        var mine = Assert.Single(await Service(_staffId).MyReportsAsync(Token));
        Assert.Equal(IssueReportStatus.Resolved, mine.Status);
        Assert.Equal("Fixed in release 4.2; try again.", Assert.Single(mine.Updates).Text);
        Assert.Equal(["IssueReported", "IssueSubmitted", "IssueReplied", "IssueUpdate"], _notifications.Sent.Select(n => n.Kind));
        Assert.Contains(_notifications.Sent.Single(n => n.Kind == "IssueUpdate").To, r => r.UserId == _staffId);
    }

    [Fact]
    public async Task Reply_ByAnAdministrator_IsRefusedWithSco1()
    {
        var id = await SubmittedAsync();

        Assert.Equal(["SCO-1"], (await Service(Mis).ReplyAsync(id, new IssueNoteModel { Note = "Me?" }, Token)).Codes);
    }

    [Fact]
    public async Task CloseAsUserError_TellsTheStaffMemberWithTheNote()
    {
        var id = await ReportAsync();

        Assert.True((await Service(Mis).CloseAsUserErrorAsync(id, new IssueNoteModel { Note = "Press Save before leaving the page." }, Token)).Succeeded);

        var mine = Assert.Single(await Service(_staffId).MyReportsAsync(Token));
        Assert.Equal(IssueReportStatus.ClosedAsUserError, mine.Status);
        Assert.Equal("Press Save before leaving the page.", mine.UserErrorNote);
        Assert.Contains(_notifications.Sent.Last().To, r => r.UserId == _staffId);
    }

    [Fact]
    public async Task AttachScreenshot_WhenVerified_KeepsTheFileLikeEvidence_AndRefusesBefore()
    {
        var id = await ReportAsync();
        Assert.Equal(["ISS-1"], (await Service(Mis).AttachScreenshotAsync(id, "screen.png", new MemoryStream(Png), Token)).Codes);
        Assert.False(System.IO.Directory.Exists(Path.Combine(_database.Folder, "evidence")) && System.IO.Directory.EnumerateFiles(Path.Combine(_database.Folder, "evidence"), "*.bin", SearchOption.AllDirectories).Any());
        await Service(Mis).VerifyAsync(id, Token);

        Assert.True((await Service(Mis).AttachScreenshotAsync(id, "screen.png", new MemoryStream(Png), Token)).Succeeded);
        var refused = await Service(Mis).AttachScreenshotAsync(id, "notes.txt", new MemoryStream(Encoding.ASCII.GetBytes("plain text")), Token);

        Assert.Contains("PDF, PNG or JPEG", refused.Problem);
        var shot = Assert.Single((await Service(Mis).ReportViewAsync(id, Token)).Screenshots);
        Assert.Equal("screen.png", shot.FileName);
        var scope = (await SignedIn.ScopeFor(_database, Mis).CurrentAsync(Token))!;
        await using var download = (await Service(Mis).OpenScreenshotAsync(scope, id, shot.Id, Token))!.Content;
        Assert.Equal(Png.Length, download.Length);
    }
    [Theory]
    [InlineData("PNG with a ZIP appended")]
    [InlineData("PNG with HTML in a text chunk")]
    [InlineData("traversal up")]
    [InlineData("SSN-shaped name")]
    [InlineData("PDF with JavaScript")]
    [InlineData("JPEG named as a PNG")]
    public async Task AttachScreenshot_WhenHostile_IsRefusedWithItsReasonAndLeavesNoFileAndNoScreenshot(string label)
    {
        var hostile = Evidence.HostileFiles.Corpus[label];
        var id = await ReportAsync();
        await Service(Mis).VerifyAsync(id, Token);
        var before = FilesUnder(_database.Folder);

        var outcome = await Service(Mis).AttachScreenshotAsync(id, hostile.Name, new MemoryStream(hostile.Content()), Token);

        Assert.False(outcome.Succeeded);
        Assert.Contains(hostile.Reason, hostile.Code is null ? outcome.Problem : Assert.Single(outcome.BrokenRules).Reason);
        Assert.Equal(before, FilesUnder(_database.Folder));
        Assert.Empty((await Service(Mis).ReportViewAsync(id, Token)).Screenshots);
    }

    private static List<string> FilesUnder(string folder) =>
        System.IO.Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("-wal") && !f.EndsWith("-shm") && !f.EndsWith(".db"))
            .Order(StringComparer.Ordinal).ToList();
}
