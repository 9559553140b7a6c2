using CalJobsConsole.App.Features.Maintenance;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Maintenance;

/// <summary>Maintenance services over a stored world whose account was created the whole way, sign-in and temporary password included.</summary>
public abstract class MaintenanceTestBase : NewAccountTestBase
{
    protected PasswordResetService Resets(Guid userId) =>
        new(Database, SignedIn.ScopeFor(Database, userId), World.Business, World.Policy, Issuer(), Notifications);

    protected PrivilegeUpdateService Updates(Guid userId) => new(Database, SignedIn.ScopeFor(Database, userId), World.Business, World.Policy);

    /// <summary>An LWIA account created by the MIS Administrator through the creation service; returns it with its first temporary password.</summary>
    protected async Task<(StaffAccount Account, string TemporaryPassword)> CreatedAccountAsync()
    {
        await StoreAsync();
        var request = await ApprovedAsync(World.NewAccountForm());
        var outcome = await Creation(World.MisAdministrator.PersonId).CreateAsync(request.Id, request.Version, Model("pat.staff", request.Form.RequestedGroupId), Token);
        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
        Notifications.Sent.Clear();
        return (await AccountAsync(outcome.Value!.Credential.AccountId), outcome.Value.Credential.TemporaryPassword);
    }

    protected async Task<StaffAccount> AccountAsync(Guid accountId)
    {
        await using var db = Database.CreateDbContext();
        return await db.StaffAccounts.AsNoTracking().SingleAsync(a => a.Id == accountId, Token);
    }

    protected async Task<AccessRequest> RequestAsync(Guid requestId)
    {
        await using var db = Database.CreateDbContext();
        return await db.AccessRequests.AsNoTracking().SingleAsync(r => r.Id == requestId, Token);
    }

    /// <summary>The account deactivated today from its own approved deactivation request (DEA-1).</summary>
    protected async Task DeactivateAsync(Guid accountId)
    {
        await using var db = Database.CreateDbContext();
        var account = await db.StaffAccounts.SingleAsync(a => a.Id == accountId, Token);
        var request = World.Approved(World.FormFor(account, AccessRequestKind.Deactivation));
        var evidence = World.FullEvidence(request);
        account.Deactivate(request, World.MisAdministrator, evidence, World.Business);
        db.AccessRequests.Add(request);
        db.EvidenceDocuments.AddRange(evidence);
        await db.SaveChangesAsync(Token);
    }
}
