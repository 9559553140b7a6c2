using CalJobsConsole.App.Features.Notices;
using CalJobsConsole.Domain.Notices;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Features.Notices;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Features.Concurrency;

/// <summary>COM-1 under a race: a notice's relay is recorded once per area, even when it is recorded twice at the same moment.</summary>
public class NoticeRelayConcurrencyTests : NoticeTestWorld
{
    private readonly RecordingNotificationSender _sent = new();

    [Fact]
    public async Task RecordRelay_WhenTheSpocRecordsItTwiceAtOnce_RecordsOneAndTellsTheOtherItChanged()
    {
        var published = await new NoticeService(Database, SignedIn.ScopeFor(Database, Ops), World.Business, _sent, NullLogger<NoticeService>.Instance)
            .PublishAsync(new ComposeNoticeModel { Kind = NoticeKind.BlueNotice, Title = "A blue notice", Body = "What staff need to know." }, Token);
        Assert.True(published.Succeeded, published.Problem);
        Guid noticeId;
        await using (var db = Database.CreateDbContext())
            noticeId = await db.Notices.Select(n => n.Id).SingleAsync(Token);
        using var race = new RacingContexts(Database, writers: 2, RacingContexts.Adds<NoticeRelay>);
        var notices = new NoticeService(race, SignedIn.ScopeFor(Database, Spoc), World.Business, _sent, NullLogger<NoticeService>.Instance);

        var outcomes = await Task.WhenAll(
            Task.Run(() => notices.RecordRelayAsync(noticeId, World.Division.Id, "Forwarded.", Token), Token),
            Task.Run(() => notices.RecordRelayAsync(noticeId, World.Division.Id, "Forwarded too.", Token), Token));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.Single(outcomes, o => o.WasChanged);
        await using var check = Database.CreateDbContext();
        Assert.Single((await check.Notices.Include(n => n.Relays).SingleAsync(Token)).Relays);
        Assert.Equal(1, await check.AuditRecords.CountAsync(r => r.Action == "Notice.Relayed", Token));
    }
}
