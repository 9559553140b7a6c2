using CalJobsConsole.Domain.Common;
using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.NewAccounts;

/// <summary>CRD-1 at the door, on a fake clock: the temporary password opens the console until 24 hours after issue, then never.</summary>
public class FirstSignInServiceTests : NewAccountTestBase
{
    [Fact]
    public async Task Check_At23h59m59s_AllowsTheTemporaryPasswordAndRequiresANewOne()
    {
        var credential = await CreatedAsync();
        World.Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));

        var check = await FirstSignIn().CheckAsync(credential.AccountId, Token);

        Assert.True(check.Allowed);
        Assert.True(check.MustChangePassword);
        await using var db = Database.CreateDbContext();
        var account = await db.StaffAccounts.SingleAsync(Token);
        Assert.True(account.TemporaryCredential!.IsUsed);
    }

    [Fact]
    public async Task Check_At24h00m00s_RefusesTheTemporaryPasswordWithCrd1()
    {
        var credential = await CreatedAsync();
        World.Clock.Advance(TimeSpan.FromHours(24));

        var check = await FirstSignIn().CheckAsync(credential.AccountId, Token);

        Assert.False(check.Allowed);
        var rule = Assert.Single(check.Refusals);
        Assert.Equal("CRD-1", rule.Code);
        Assert.Contains("password reset", rule.Remedy);
    }

    [Fact]
    public async Task Check_WhenTheTemporaryPasswordWasUsedOnceWithoutAChange_RefusesItASecondTimeWithCrd1()
    {
        var credential = await CreatedAsync();
        Assert.True((await FirstSignIn().CheckAsync(credential.AccountId, Token)).MustChangePassword);
        World.Clock.Advance(TimeSpan.FromHours(1));

        var check = await FirstSignIn().CheckAsync(credential.AccountId, Token);

        var rule = Assert.Single(check.Refusals);
        Assert.Equal("CRD-1", rule.Code);
        Assert.Contains("already been used", rule.Reason);
    }

    [Fact]
    public async Task Check_OnTheFirstSignIn_RemovesTheKeptSecretOfTheCredentialMessages()
    {
        var credential = await CreatedAsync();

        await FirstSignIn().CheckAsync(credential.AccountId, Token);

        Assert.Equal([credential.AccountId], Notifications.SecretsRemovedFor);
    }

    [Fact]
    public async Task PasswordChange_WithinThe24Hours_IsAllowed_ButFrom24h00m00s_IsRefusedWithCrd1()
    {
        var credential = await CreatedAsync();
        await FirstSignIn().CheckAsync(credential.AccountId, Token);
        World.Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        Assert.Empty(await FirstSignIn().PasswordChangeEligibilityAsync(credential.AccountId, Token));
        World.Clock.Advance(TimeSpan.FromSeconds(1));

        var refusals = await FirstSignIn().PasswordChangeEligibilityAsync(credential.AccountId, Token);

        Assert.Equal(["CRD-1"], refusals.Select(r => r.Code));
        await Assert.ThrowsAsync<BusinessRuleViolationException>(() => FirstSignIn().CompleteAsync(credential.AccountId, Token));
    }

    [Fact]
    public async Task Complete_ActivatesTheAccountAndRemovesTheKeptSecret()
    {
        var credential = await CreatedAsync();
        await FirstSignIn().CheckAsync(credential.AccountId, Token);

        await FirstSignIn().CompleteAsync(credential.AccountId, Token);

        await using var db = Database.CreateDbContext();
        var account = await db.StaffAccounts.SingleAsync(Token);
        Assert.Equal((AccountStatus.Active, false), (account.Status, account.MustChangePassword));
        Assert.Equal([credential.AccountId, credential.AccountId], Notifications.SecretsRemovedFor);
        Assert.False(await FirstSignIn().MustChangePasswordAsync(credential.AccountId, Token));
        var later = await FirstSignIn().CheckAsync(credential.AccountId, Token);
        Assert.True(later.Allowed);
        Assert.False(later.MustChangePassword);
    }

    [Fact]
    public async Task Check_ForASuspendedAccount_RefusesWithRev1()
    {
        var credential = await CreatedAsync();
        await using (var db = Database.CreateDbContext())
        {
            var account = await db.StaffAccounts.SingleAsync(Token);
            account.SuspendByOperationsUnit("Automated scraping detected.");
            await db.SaveChangesAsync(Token);
        }

        var check = await FirstSignIn().CheckAsync(credential.AccountId, Token);

        Assert.Equal(["REV-1"], check.Refusals.Select(r => r.Code));
    }

    [Fact]
    public async Task Check_ForAUserWithoutAStaffAccount_AllowsWithoutAPasswordChange()
    {
        await StoreAsync();

        var check = await FirstSignIn().CheckAsync(World.MisAdministrator.PersonId, Token);

        Assert.True(check.Allowed);
        Assert.False(check.MustChangePassword);
    }

    private async Task<IssuedCredential> CreatedAsync()
    {
        await StoreAsync();
        var request = await ApprovedAsync(World.NewAccountForm());
        var outcome = await Creation(World.MisAdministrator.PersonId).CreateAsync(request.Id, request.Version, Model("pat.staff", request.Form.RequestedGroupId), Token);
        return outcome.Value?.Credential ?? throw new InvalidOperationException(outcome.Problem ?? string.Join(" ", outcome.Codes));
    }
}
