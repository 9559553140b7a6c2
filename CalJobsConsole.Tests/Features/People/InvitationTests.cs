using CalJobsConsole.App.Data;
using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Features.People;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Features.People;

/// <summary>One App host for the invitation tests: Identity's password rules and the App's clock, which they move.</summary>
public sealed class InvitationHost : IAsyncLifetime
{
    public TestAppFactory App { get; } = new(environment: "Production");

    public ValueTask InitializeAsync()
    {
        _ = App.Services;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// Invitations (issue 18): a person the console created chooses their password through a single-use link, valid 72 hours,
/// stored only as its hash; a used, expired or replaced link says what to do next; a password Identity refuses leaves the
/// link usable.
/// </summary>
public class InvitationTests(InvitationHost host) : IClassFixture<InvitationHost>
{
    private const string GoodPassword = "Chosen!Password2026";

    private CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Accept_WithAGoodPassword_SetsItOnceAndTheSameLinkThenSaysItWasUsed()
    {
        var (userId, token, sent) = await InviteNewPersonAsync("Ines Invited");
        var invitations = Service();

        var accepted = await invitations.AcceptAsync(token, GoodPassword, Token);

        Assert.True(accepted.Succeeded, string.Join(" ", accepted.Errors));
        using (var scope = host.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
            var user = (await users.FindByIdAsync(userId.ToString()))!;
            Assert.True(await users.CheckPasswordAsync(user, GoodPassword));
            Assert.True(user.EmailConfirmed);
        }
        var again = await Service().AcceptAsync(token, "Another!Password2026", Token);
        Assert.False(again.Succeeded);
        Assert.Contains("used already", Assert.Single(again.Errors));
        Assert.Equal(InvitationState.Accepted, (await Service().ReadAsync(token, Token))!.State);
        await using var db = Db();
        Assert.Contains(await db.AuditRecords.Where(a => a.EntityType == nameof(Invitation)).Select(a => a.Action).ToListAsync(Token),
            action => action == "invitation.accepted");
        // The link lives only in the message's secret; the database keeps its hash.
        Assert.DoesNotContain(token, sent.Body);
        Assert.Equal(Invitation.Hash(token), (await db.Invitations.SingleAsync(i => i.UserId == userId, Token)).TokenHash);
        Assert.False(await db.Invitations.AnyAsync(i => i.TokenHash == token || i.Purpose.Contains(token), Token));
    }

    [Fact]
    public async Task Accept_WithAPasswordIdentityRefuses_NamesEveryProblemAndTheLinkStillWorks()
    {
        var (_, token, _) = await InviteNewPersonAsync("Wes Weak");

        var refused = await Service().AcceptAsync(token, "password", Token); // too short and on the blocklist

        Assert.False(refused.Succeeded);
        Assert.True(refused.Errors.Count >= 2, string.Join(" | ", refused.Errors));
        Assert.Equal(InvitationState.Pending, (await Service().ReadAsync(token, Token))!.State);
        Assert.True((await Service().AcceptAsync(token, GoodPassword, Token)).Succeeded);
    }

    [Fact]
    public async Task Accept_AfterSeventyTwoHours_IsRefusedAsExpiredAndSaysToAskForANewOne()
    {
        var (_, token, _) = await InviteNewPersonAsync("Eli Late");
        host.App.Time.Advance(TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1));

        var refused = await Service().AcceptAsync(token, GoodPassword, Token);

        Assert.False(refused.Succeeded);
        Assert.Contains("expired", Assert.Single(refused.Errors));
        Assert.Contains("send a new one", refused.Errors[0]);
        Assert.Equal(InvitationState.Expired, (await Service().ReadAsync(token, Token))!.State);
    }

    [Fact]
    public async Task Stage_ASecondTimeForOnePerson_ReplacesTheFirstLinkWhichThenSaysItWasReplaced()
    {
        var (userId, first, _) = await InviteNewPersonAsync("Rae Resent");
        string second;
        await using (var db = Db())
        {
            var user = await db.Users.SingleAsync(u => u.Id == userId, Token);
            second = (await Sender().StageAsync(db, user, "member of the Operations Unit", null, Token))!.Token;
            await db.SaveChangesAsync(Token);
        }

        var refused = await Service().AcceptAsync(first, GoodPassword, Token);

        Assert.Contains("replaced by a newer one", Assert.Single(refused.Errors));
        Assert.True((await Service().AcceptAsync(second, GoodPassword, Token)).Succeeded);
    }

    [Fact]
    public async Task Accept_WithALinkThatHoldsNoInvitation_SaysSoWithoutNamingAnyone()
    {
        var refused = await Service().AcceptAsync("not-a-token", GoodPassword, Token);

        Assert.False(refused.Succeeded);
        Assert.Contains("not a valid invitation", Assert.Single(refused.Errors));
        Assert.Null(await Service().ReadAsync("not-a-token", Token));
    }

    [Fact]
    public async Task Stage_ForAPersonWhoHasAPassword_MakesNoInvitation()
    {
        var (userId, token, _) = await InviteNewPersonAsync("Pat Password");
        Assert.True((await Service().AcceptAsync(token, GoodPassword, Token)).Succeeded);
        await using var db = Db();
        var withPassword = await db.Users.SingleAsync(u => u.Id == userId, Token);

        Assert.Null(await Sender().StageAsync(db, withPassword, "requestor", null, Token));
        Assert.NotNull(await Sender().StageAsync(db, withPassword, "requestor", null, Token, evenWithPassword: true));
    }

    [Fact]
    public async Task InvitationPage_ForALinkThatHoldsNoInvitation_SaysWhatToDo()
    {
        var html = await host.App.CreateClient().GetStringAsync("/Account/Invitation?token=nothing-here", Token);

        Assert.Contains("not a valid invitation", html);
        Assert.DoesNotContain("Set password and sign in", html);
    }

    private async Task<(Guid UserId, string Token, OutgoingNotification Sent)> InviteNewPersonAsync(string name)
    {
        var recorded = new RecordingNotificationSender();
        var sender = Sender(recorded);
        await using var db = Db();
        var user = await ConsoleUserDirectory.FindOrAddAsync(db,
            ContactDetails.Create(name, $"{name.ToLowerInvariant().Replace(' ', '.')}.{Guid.NewGuid():N}@agency.example.gov"), Token);
        var pending = await sender.StageAsync(db, user, "member of the Operations Unit", null, Token);
        await db.SaveChangesAsync(Token);
        await sender.SendAsync(pending, Token);
        var sent = Assert.Single(recorded.Sent);
        Assert.Equal(InvitationSender.NotificationKind, sent.Kind);
        Assert.Null(Assert.Single(sent.To).UserId); // e-mail only: they cannot sign in to read an in-app message yet
        Assert.StartsWith("https://console.test/Account/Invitation?token=", sent.Secret);
        return (user.Id, sent.Secret!.Split("token=")[1], sent);
    }

    private InvitationSender Sender(INotificationSender? notifications = null) =>
        TestInvitations.Sender(host.App.Services.GetRequiredService<BusinessClock>(), notifications);

    private InvitationService Service()
    {
        var scope = host.App.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<InvitationService>();
    }

    private ConsoleDbContext Db() => host.App.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContext();
}
