using CalJobsConsole.App.Features.Notices;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Notices;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Features.Notices;

/// <summary>
/// COM-1 behind the pages, on the real SQLite database: who each kind of notice reaches, that only recipients read it, that only
/// an area's administrator records its relay (once), and the Operations Unit's read and relay rates per area.
/// </summary>
public class NoticeServiceTests : NoticeTestWorld
{
    private readonly RecordingNotificationSender _sent = new();

    private NoticeService Service(Guid userId) =>
        new(Database, SignedIn.ScopeFor(Database, userId), World.Business, _sent, NullLogger<NoticeService>.Instance);

    private static ComposeNoticeModel Model(NoticeKind kind) => new()
    {
        Kind = kind,
        Colour = kind == NoticeKind.Notification ? NoticeColour.Red : null,
        Title = $"A {kind}",
        Body = "What staff need to know.",
    };

    private async Task<Guid> PublishAsync(NoticeKind kind)
    {
        var outcome = await Service(Ops).PublishAsync(Model(kind), Token);
        Assert.True(outcome.Succeeded, outcome.Problem);
        await using var db = Database.CreateDbContext();
        return await db.Notices.Where(n => n.Kind == kind).Select(n => n.Id).SingleAsync(Token);
    }

    private async Task<List<Guid>> RecipientsAsync(Guid noticeId)
    {
        await using var db = Database.CreateDbContext();
        return await db.NoticeRecipients.Where(r => r.NoticeId == noticeId).Select(r => r.PersonId).ToListAsync(Token);
    }

    [Theory]
    [InlineData(NoticeKind.Newsletter)]
    [InlineData(NoticeKind.BlueNotice)]
    public async Task Publish_NewsletterOrBlueNotice_NeverReachesWsbStaffWhoAreNotSpocs(NoticeKind kind)
    {
        var id = await PublishAsync(kind);

        Assert.Equal(new[] { Mis, Spoc }.Order(), (await RecipientsAsync(id)).Order());
        Assert.Empty(await Service(WsbStaff).MineAsync(Token));
        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Service(WsbStaff).OpenAsync(id, Token));
        Assert.Equal(["COM-1"], refused.Codes);
    }

    [Fact]
    public async Task Publish_Notification_ReachesAdministratorsAndWsbStaffButNotLocalAreaOrSuspendedStaff()
    {
        var id = await PublishAsync(NoticeKind.Notification);

        Assert.Equal(new[] { Mis, Spoc, WsbStaff, OtherWsbStaff }.Order(), (await RecipientsAsync(id)).Order());
        Assert.Equal(id, Assert.Single(await Service(WsbStaff).MineAsync(Token)).Id);
        Assert.Empty(await Service(LocalAreaStaff).MineAsync(Token));
        var bell = Assert.Single(_sent.Sent);
        Assert.Equal("NoticePublished", bell.Kind);
        Assert.Equal(new[] { Mis, Spoc, WsbStaff, OtherWsbStaff }.Order(), bell.To.Select(r => r.UserId!.Value).Order());
        Assert.Contains($"/notices/{id}", bell.Body);
    }

    [Fact]
    public async Task Audience_ForEachKind_SaysWhoAndHowManyItReachesNow()
    {
        var notification = await Service(Ops).AudienceAsync(NoticeKind.Notification, Token);
        var newsletter = await Service(Ops).AudienceAsync(NoticeKind.Newsletter, Token);

        Assert.Equal("Reaches: MIS Administrators and all WSB staff (4 people)", notification.Text);
        Assert.Equal("Reaches: MIS Administrators and WSB CalJOBS SPOCs only (2 people)", newsletter.Text);
    }

    [Fact]
    public async Task Publish_ByAnAdministrator_IsRefusedWithSco1AndSavesNothing()
    {
        var outcome = await Service(Mis).PublishAsync(Model(NoticeKind.Newsletter), Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Notices.CountAsync(Token));
    }

    [Fact]
    public async Task Publish_WithEveryFieldMissing_SaysEveryFieldAndSavesNothing()
    {
        var outcome = await Service(Ops).PublishAsync(new ComposeNoticeModel(), Token);

        Assert.Equal("Choose the kind of notice. Enter the title. Enter the text of the notice.", outcome.Problem);
        var colour = await Service(Ops).PublishAsync(new ComposeNoticeModel { Kind = NoticeKind.Notification, Title = "T", Body = "B" }, Token);
        Assert.Equal("Choose the notification's colour: green, red or yellow.", colour.Problem);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Notices.CountAsync(Token));
    }

    [Fact]
    public async Task Open_ByARecipient_MarksReadOnceAndListsItAfterTheUnreadOnes()
    {
        var first = await PublishAsync(NoticeKind.Notification);
        World.Clock.AdvanceDays(1);
        var second = await PublishAsync(NoticeKind.Newsletter);
        World.Clock.AdvanceDays(1);
        var readAt = World.Clock.UtcNow;

        var opened = await Service(Mis).OpenAsync(second, Token);
        World.Clock.AdvanceDays(1);
        await Service(Mis).OpenAsync(second, Token);

        Assert.Equal(readAt, opened.ReadAt);
        var mine = await Service(Mis).MineAsync(Token);
        Assert.Equal([first, second], mine.Select(l => l.Id));
        Assert.Equal(readAt, mine[1].ReadAt);
    }

    [Fact]
    public async Task Open_ByTheOperationsUnitOrADirector_IsRefusedWithCom1()
    {
        var id = await PublishAsync(NoticeKind.Notification);

        var director = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Service(World.LocalDirectorId).OpenAsync(id, Token));

        Assert.Equal(["COM-1"], director.Codes);
    }

    [Fact]
    public async Task RecordRelay_ByWsbStaffWhoReceivedIt_IsRefusedWithCom1()
    {
        var id = await PublishAsync(NoticeKind.Notification);

        var outcome = await Service(WsbStaff).RecordRelayAsync(id, World.Division.Id, "Told my team.", Token);

        Assert.Equal(["COM-1"], outcome.Codes);
        await using var db = Database.CreateDbContext();
        Assert.Empty((await db.Notices.Include(n => n.Relays).SingleAsync(Token)).Relays);
    }

    [Fact]
    public async Task RecordRelay_BySpocWhoseSeatIsSuspended_IsRefusedWithRev1AndRecordsNothing()
    {
        var id = await PublishAsync(NoticeKind.BlueNotice);
        await using (var db = Database.CreateDbContext())
        {
            var division = await db.Areas.Include(a => a.Designations).SingleAsync(a => a.Id == World.Division.Id, Token);
            var seat = division.ActiveDesignations.Single(d => d.PersonId == Spoc);
            division.SuspendAdministrator(seat.Id, "Automation used to access CalJOBS.", World.Business.Today);
            await db.SaveChangesAsync(Token);
        }

        var outcome = await Service(Spoc).RecordRelayAsync(id, World.Division.Id, "Forwarded.", Token);

        Assert.Equal(["REV-1"], outcome.Codes);
        await using var check = Database.CreateDbContext();
        Assert.Empty((await check.Notices.Include(n => n.Relays).SingleAsync(Token)).Relays);
    }

    [Fact]
    public async Task RecordRelay_ByTheSpocOnceThenAgain_RecordsTheFirstAndRefusesTheSecondWithCom1_AndAnotherAreasAdministratorWithSco1()
    {
        var id = await PublishAsync(NoticeKind.BlueNotice);

        var first = await Service(Spoc).RecordRelayAsync(id, World.Division.Id, "Forwarded.", Token);
        var second = await Service(Spoc).RecordRelayAsync(id, World.Division.Id, "Again.", Token);
        var otherArea = await Service(Mis).RecordRelayAsync(id, World.Division.Id, null, Token);

        Assert.True(first.Succeeded);
        Assert.Equal(["COM-1"], second.Codes);
        // The gate refuses another area's administrator before the notice's own rule is asked (it said COM-1 before the gate).
        Assert.Equal(["SCO-1"], otherArea.Codes);
        var view = await Service(Spoc).OpenAsync(id, Token);
        Assert.Equal(("Forwarded.", "Sky SPOC", false), (view.RelayNote, view.RelayedBy, view.MayRecordRelay));
    }

    [Fact]
    public async Task Published_ComputesReadAndRelayRatesPerAreaExactly()
    {
        var id = await PublishAsync(NoticeKind.Notification);
        await Service(Spoc).OpenAsync(id, Token);
        await Service(WsbStaff).OpenAsync(id, Token);
        var relayedAt = World.Clock.UtcNow;
        await Service(Spoc).RecordRelayAsync(id, World.Division.Id, "Team meeting.", Token);

        var line = Assert.Single(await Service(Ops).PublishedAsync(Token));

        var division = line.Areas.Single(a => a.AreaId == World.Division.Id);
        var local = line.Areas.Single(a => a.AreaId == World.LocalArea.Id);
        Assert.Equal((3, 2, 2m / 3m, relayedAt, "Sky SPOC"), (division.Recipients, division.Read, division.ReadRate, division.RelayedAt!.Value, division.RelayedBy));
        Assert.Equal((1, 0, 0m, (DateTimeOffset?)null), (local.Recipients, local.Read, local.ReadRate, local.RelayedAt));
        Assert.Equal((4, 2, 2, 1), (line.Recipients, line.Read, line.RelayingAreas, line.RelayedAreas));
    }

    [Fact]
    public async Task Published_ForAnAdministrator_IsRefusedWithSco1()
    {
        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Service(Spoc).PublishedAsync(Token));

        Assert.Equal(["SCO-1"], refused.Codes);
    }
}
