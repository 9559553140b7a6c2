using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.Domain.Notices;
using CalJobsConsole.Tests.App;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Data;

/// <summary>The demo holds one notice of each kind (COM-1), some read, delivered to the audience its kind has.</summary>
[Collection(AppHostCollection.Name)]
public class DemoNoticesTests(DemoDataSeederTests.SeededApp app) : IClassFixture<DemoDataSeederTests.SeededApp>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_HoldsOneNoticeOfEachKind_ANewsletterNotReachingWsbStaffAndANotificationThatDoes()
    {
        await using var db = app.Database();
        var notices = await db.Notices.Include(n => n.Recipients).Include(n => n.Relays).ToListAsync(Token);
        var wsbStaff = (await app.UserAsync("pat.okafor")).Id;
        var spoc = (await app.UserAsync(DemoSignIns.Spoc)).Id;
        var localStaff = (await app.UserAsync(DemoSignIns.Staff)).Id;

        Assert.Equal(Enum.GetValues<NoticeKind>().Order(), notices.Select(n => n.Kind).Order());
        Assert.Contains(notices, n => n.Recipients.Any(r => r.IsRead));
        var notification = notices.Single(n => n.Kind == NoticeKind.Notification);
        var newsletter = notices.Single(n => n.Kind == NoticeKind.Newsletter);
        Assert.NotNull(notification.RecipientFor(wsbStaff));
        Assert.Null(notification.RecipientFor(localStaff));
        Assert.Null(newsletter.RecipientFor(wsbStaff));
        Assert.Equal(spoc, Assert.Single(newsletter.Relays).RelayedById);
    }
}
