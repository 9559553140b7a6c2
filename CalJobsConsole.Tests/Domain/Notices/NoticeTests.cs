using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Notices;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Notices;

/// <summary>A notice reaches its kind's audience at publication; recipients read it once; an area's administrator records its relay once (COM-1).</summary>
public class NoticeTests
{
    private static readonly Guid LocalArea = Guid.NewGuid(), Division = Guid.NewGuid(), OperationsUnit = Guid.NewGuid();
    private static readonly NoticeReader Mis = new(Guid.NewGuid(), LocalArea, NoticeStanding.MisAdministrator);
    private static readonly NoticeReader Spoc = new(Guid.NewGuid(), Division, NoticeStanding.CalJobsSpoc);
    private static readonly NoticeReader WsbStaff = new(Guid.NewGuid(), Division, NoticeStanding.WsbStaff);
    private static readonly NoticeReader OtherWsbStaff = new(Guid.NewGuid(), Division, NoticeStanding.WsbStaff);
    private readonly TestClock _clock = new(World.StartDate);

    private Notice Publish(NoticeKind kind, NoticeColour? colour = null) =>
        Notice.Publish(kind, colour ?? (kind == NoticeKind.Notification ? NoticeColour.Red : null), "Title", "Body", OperationsUnit,
            [Mis, Spoc, WsbStaff, OtherWsbStaff], _clock);

    [Fact]
    public void Publish_Notification_ReachesAdministratorsAndEveryWsbStaffMember()
    {
        var notice = Publish(NoticeKind.Notification, NoticeColour.Green);

        Assert.Equal([Mis.PersonId, Spoc.PersonId, WsbStaff.PersonId, OtherWsbStaff.PersonId], notice.Recipients.Select(r => r.PersonId));
        Assert.All(notice.Recipients, r => Assert.Equal(_clock.UtcNow, r.DeliveredAt));
        Assert.Equal(NoticeColour.Green, notice.Colour);
    }

    [Theory]
    [InlineData(NoticeKind.Newsletter)]
    [InlineData(NoticeKind.BlueNotice)]
    public void Publish_NewsletterOrBlueNotice_NeverReachesWsbStaffWhoAreNotSpocs(NoticeKind kind)
    {
        var notice = Publish(kind);

        Assert.Equal([Mis.PersonId, Spoc.PersonId], notice.Recipients.Select(r => r.PersonId));
        Assert.Null(notice.Colour);
    }

    [Fact]
    public void Publish_NotificationWithoutColour_IsRefusedNamingTheColour()
    {
        var refused = Assert.Throws<InvalidInputException>(() =>
            Notice.Publish(NoticeKind.Notification, null, "Title", "Body", OperationsUnit, [Mis], _clock));

        Assert.Equal(nameof(Notice.Colour), refused.Field);
    }

    [Fact]
    public void MarkRead_BySomeoneTheNoticeDidNotReach_BreaksCom1()
    {
        var notice = Publish(NoticeKind.Newsletter);

        var refused = Assert.Throws<BusinessRuleViolationException>(() => notice.MarkRead(WsbStaff.PersonId, _clock));

        Assert.Equal(["COM-1"], refused.Codes);
        Assert.Contains("MIS Administrators and WSB CalJOBS SPOCs only", refused.Message);
    }

    [Fact]
    public void MarkRead_Twice_KeepsTheFirstTime()
    {
        var notice = Publish(NoticeKind.Notification);
        var first = _clock.UtcNow;

        notice.MarkRead(WsbStaff.PersonId, _clock);
        _clock.AdvanceDays(1);
        notice.MarkRead(WsbStaff.PersonId, _clock);

        Assert.Equal(first, notice.RecipientFor(WsbStaff.PersonId)!.ReadAt);
    }

    [Fact]
    public void RecordRelay_ByTheAreasSpoc_RecordsWhoWhenWhichAreaAndTheNote()
    {
        var notice = Publish(NoticeKind.BlueNotice);

        var relay = notice.RecordRelay(Spoc.PersonId, Spoc, Division, " Forwarded to front-line staff. ", _clock);

        Assert.Equal((Division, Spoc.PersonId, _clock.UtcNow, "Forwarded to front-line staff."), (relay.AreaId, relay.RelayedById, relay.RelayedAt, relay.Note));
        Assert.Same(relay, notice.RelayFor(Division));
    }

    [Fact]
    public void RecordRelay_ByWsbStaffWhoAreNotAdministrators_BreaksCom1()
    {
        var notice = Publish(NoticeKind.Notification);

        var refused = Assert.Throws<BusinessRuleViolationException>(() => notice.RecordRelay(WsbStaff.PersonId, null, Division, null, _clock));

        Assert.Equal(["COM-1"], refused.Codes);
        Assert.Empty(notice.Relays);
    }

    [Fact]
    public void RecordRelay_ForAnAreaTheAdministratorDoesNotHold_BreaksCom1()
    {
        var notice = Publish(NoticeKind.Newsletter);

        var refused = Assert.Throws<BusinessRuleViolationException>(() => notice.RecordRelay(Mis.PersonId, Mis, Division, null, _clock));

        Assert.Equal(["COM-1"], refused.Codes);
    }

    [Fact]
    public void RecordRelay_ASecondTimeForTheArea_BreaksCom1AndKeepsTheFirst()
    {
        var notice = Publish(NoticeKind.Newsletter);
        notice.RecordRelay(Spoc.PersonId, Spoc, Division, "First.", _clock);

        var refused = Assert.Throws<BusinessRuleViolationException>(() => notice.RecordRelay(Spoc.PersonId, Spoc, Division, "Again.", _clock));

        Assert.Equal(["COM-1"], refused.Codes);
        Assert.Equal("First.", Assert.Single(notice.Relays).Note);
    }

    [Fact]
    public void AreaRates_CountRecipientsReadersAndTheRelayPerArea()
    {
        var notice = Publish(NoticeKind.Notification);
        notice.MarkRead(Spoc.PersonId, _clock);
        notice.MarkRead(WsbStaff.PersonId, _clock);
        notice.RecordRelay(Spoc.PersonId, Spoc, Division, null, _clock);

        var rates = notice.AreaRates().ToDictionary(r => r.AreaId);

        Assert.Equal((3, 2, 1, true), (rates[Division].Recipients, rates[Division].Read, rates[Division].Administrators, rates[Division].IsRelayed));
        Assert.Equal(2m / 3m, rates[Division].ReadRate);
        Assert.Equal((1, 0, 0m, false), (rates[LocalArea].Recipients, rates[LocalArea].Read, rates[LocalArea].ReadRate, rates[LocalArea].IsRelayed));
    }
}
