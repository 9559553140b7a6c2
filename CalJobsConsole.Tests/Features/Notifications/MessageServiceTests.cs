using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Notifications;

/// <summary>The user's own messages: a kept temporary password shown once on opening and removed in the same call; SCO-1 for anyone else's.</summary>
public class MessageServiceTests : NotificationTestBase
{
    [Fact]
    public async Task OpenAsync_WhenTheRecipientOpensItFirst_ShowsTheSecretOnceRemovesItAndMarksRead()
    {
        await Sender().SendAsync(Credentials(), Token);
        var id = await MessageIdOfAsync(StaffId);

        var view = await Messages(StaffId).OpenAsync(id, Token);

        Assert.Equal(SecretDisplay.ShownOnce, view.Secret);
        Assert.Equal(Secret, Assert.Single(view.Parts, p => p.IsSecret).Text);
        Assert.Contains(view.Parts, p => p.Text.Contains($"Username: {Username}"));
        await using var db = Database.CreateDbContext();
        var stored = await db.InAppMessages.AsNoTracking().SingleAsync(m => m.Id == id, Token);
        Assert.Null(stored.ProtectedSecret);
        Assert.Equal(Clock.UtcNow, stored.SecretRemovedAt);
        Assert.Equal(Clock.UtcNow, stored.ReadAt);
    }

    [Fact]
    public async Task OpenAsync_WhenOpenedASecondTime_ShowsTheSecretRemoved()
    {
        await Sender().SendAsync(Credentials(), Token);
        var id = await MessageIdOfAsync(StaffId);
        await Messages(StaffId).OpenAsync(id, Token);

        var second = await Messages(StaffId).OpenAsync(id, Token);

        Assert.Equal(SecretDisplay.Removed, second.Secret);
        Assert.Equal(MessageView.RemovedText, Assert.Single(second.Parts, p => p.IsSecret).Text);
        Assert.DoesNotContain(second.Parts, p => p.Text.Contains(Secret));
    }

    [Fact]
    public async Task OpenAsync_WhenTheStaffMemberOpensTheirs_LeavesTheRequestorsCopyHoldingItsSecret()
    {
        await Sender().SendAsync(Credentials(), Token);
        await Messages(StaffId).OpenAsync(await MessageIdOfAsync(StaffId), Token);

        var copy = await Messages(RequestorId).OpenAsync(await MessageIdOfAsync(RequestorId), Token);

        Assert.True(copy.IsCopy);
        Assert.Equal(SecretDisplay.ShownOnce, copy.Secret);
    }

    [Fact]
    public async Task OpenAsync_WhenTheAccountsSecretsWereRemoved_ShowsItRemoved()
    {
        await Sender().SendAsync(Credentials(), Token);
        await Sender().RemoveSecretsAsync(AccountId, Token);

        var view = await Messages(StaffId).OpenAsync(await MessageIdOfAsync(StaffId), Token);

        Assert.Equal(SecretDisplay.Removed, view.Secret);
    }

    [Fact]
    public async Task OpenAsync_WhenOpenedAtTheEndOfItsTwentyFourHours_RemovesTheSecretWithoutShowingIt()
    {
        await Sender().SendAsync(Credentials(), Token);
        var id = await MessageIdOfAsync(StaffId);
        Clock.Advance(TimeSpan.FromHours(24));

        var view = await Messages(StaffId).OpenAsync(id, Token);

        Assert.Equal(SecretDisplay.Removed, view.Secret);
        await using var db = Database.CreateDbContext();
        Assert.Null((await db.InAppMessages.AsNoTracking().SingleAsync(m => m.Id == id, Token)).ProtectedSecret);
    }

    [Fact]
    public async Task OpenAsync_WhenOpenedJustBeforeItsTwentyFourHoursEnd_ShowsTheSecret()
    {
        await Sender().SendAsync(Credentials(), Token);
        Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));

        var view = await Messages(StaffId).OpenAsync(await MessageIdOfAsync(StaffId), Token);

        Assert.Equal(SecretDisplay.ShownOnce, view.Secret);
    }

    [Fact]
    public async Task OpenAsync_WhenTheMessageIsAnotherUsers_RefusesWithSco1AndLeavesItUntouched()
    {
        await Sender().SendAsync(Credentials(), Token);
        var id = await MessageIdOfAsync(StaffId);

        var refusal = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Messages(OtherUserId).OpenAsync(id, Token));

        Assert.Equal(["SCO-1"], refusal.Codes);
        Assert.DoesNotContain(Secret, refusal.Message);
        await using var db = Database.CreateDbContext();
        var stored = await db.InAppMessages.AsNoTracking().SingleAsync(m => m.Id == id, Token);
        Assert.NotNull(stored.ProtectedSecret);
        Assert.Null(stored.ReadAt);
    }

    [Fact]
    public async Task OpenAsync_WhenTheMessageDoesNotExist_RefusesWithSco1LikeAnotherUsers()
    {
        var refusal = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Messages(StaffId).OpenAsync(Guid.NewGuid(), Token));

        Assert.Equal(["SCO-1"], refusal.Codes);
    }

    [Fact]
    public async Task OpenAsync_WhenNobodyIsSignedIn_RefusesWithSco1()
    {
        await Sender().SendAsync(Credentials(), Token);

        var refusal = await Assert.ThrowsAsync<BusinessRuleViolationException>(async () => await Messages(Guid.Empty).ListAsync(Token));

        Assert.Equal(["SCO-1"], refusal.Codes);
    }

    [Fact]
    public async Task ListAsync_WhenTheUserHasMessages_ListsOnlyTheirsNewestFirstWithUnreadMarked()
    {
        await Sender().SendAsync(Credentials(), Token);
        Clock.Advance(TimeSpan.FromMinutes(5));
        await Sender().SendAsync(new OutgoingNotification("reminder.renewal", "Renewal due in 30 days", "Your renewal is due.", [Staff()], [Requestor()]), Token);
        await Messages(StaffId).OpenAsync(await FirstMessageIdAsync(StaffId, CredentialMessage.NewAccountKind), Token);

        var lines = await Messages(StaffId).ListAsync(Token);

        Assert.Equal(["Renewal due in 30 days", "Your new CalJOBS staff account"], lines.Select(l => l.Subject));
        Assert.Equal([false, true], lines.Select(l => l.IsRead));
        Assert.Equal([false, false], lines.Select(l => l.HoldsSecret));
        Assert.Equal(TestClock.Pacific.GetUtcOffset(Clock.UtcNow), lines[0].CreatedAt.Offset);
        Assert.Equal(1, await Messages(StaffId).UnreadCountAsync((await SignedIn.ScopeFor(Database, StaffId).CurrentAsync(Token))!, Token));
        Assert.Empty(await Messages(OtherUserId).ListAsync(Token));
    }

    private async Task<Guid> MessageIdOfAsync(Guid userId) => await FirstMessageIdAsync(userId, CredentialMessage.NewAccountKind);

    private async Task<Guid> FirstMessageIdAsync(Guid userId, string kind)
    {
        await using var db = Database.CreateDbContext();
        return await db.InAppMessages.Where(m => m.RecipientId == userId && m.Kind == kind).Select(m => m.Id).SingleAsync(Token);
    }
}
