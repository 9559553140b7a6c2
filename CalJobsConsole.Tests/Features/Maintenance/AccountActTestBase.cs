using CalJobsConsole.App.Features.Maintenance;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Maintenance;

/// <summary>Renewal and deactivation services over a stored world with one active account (and its sign-in) in the Local Area.</summary>
public abstract class AccountActTestBase : NewAccountTestBase
{
    protected StaffAccount Account { get; private set; } = null!;

    /// <summary>Stores the world and an active account for non-EDD staff of the Local Area, with its Staff sign-in.</summary>
    protected async Task StoreWithAccountAsync(StaffKind staffKind = StaffKind.NonEdd)
    {
        await StoreAsync();
        (_, Account) = await StoredAccounts.CreateAsync(Database, World, World.NewAccountForm(staffKind), "pat.staff");
        await StoredAccounts.SetOwnPasswordAsync(Database, World, Account.Id);
        await SignedIn.AddUserAsync(Database, Account.Id, "Pat Staff", ConsoleRoles.Staff);
        Account = await StoredAccountAsync();
    }

    protected RenewalService Renewal(Guid userId) => new(Database, SignedIn.ScopeFor(Database, userId), World.Business, World.Policy);

    protected DeactivationService Deactivation(Guid userId) => new(Database, SignedIn.ScopeFor(Database, userId), World.Business, World.Policy);

    protected Guid Administrator => World.MisAdministrator.PersonId;

    /// <summary>An approved renewal request for the account with current attestations and the given documents (all required by default).</summary>
    protected Task<AccessRequest> ApprovedRenewalAsync(params DocumentKind[] documents) =>
        ApprovedAsync(World.FormFor(Account, AccessRequestKind.AnnualRenewal), documents.Length == 0 ? null : documents);

    protected Task<AccessRequest> ApprovedDeactivationAsync(DateOnly separation, params DocumentKind[] documents) =>
        ApprovedAsync(World.FormFor(Account, AccessRequestKind.Deactivation, separationDate: separation), documents.Length == 0 ? null : documents);

    /// <summary>A request still awaiting the decision, with every document it needs, so only REQ-1 stands in its way.</summary>
    protected async Task<AccessRequest> SubmittedWithEvidenceAsync(AccessRequestForm form)
    {
        var request = await SubmittedAsync(form);
        await using var db = Database.CreateDbContext();
        db.EvidenceDocuments.AddRange(World.FullEvidence(request));
        await db.SaveChangesAsync(Token);
        return request;
    }

    protected async Task<StaffAccount> StoredAccountAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.StaffAccounts.AsNoTracking().SingleAsync(a => a.Id == Account.Id, Token);
    }

    protected async Task<AccessRequest> StoredRequestAsync(Guid requestId)
    {
        await using var db = Database.CreateDbContext();
        return await db.AccessRequests.AsNoTracking().SingleAsync(r => r.Id == requestId, Token);
    }

    protected async Task<IReadOnlyList<string>> AuditActionsAsync(Guid requestId)
    {
        await using var db = Database.CreateDbContext();
        return (await db.AuditRecords.Where(r => r.RequestId == requestId).Select(r => r.Action).ToListAsync(Token)).Order().ToList();
    }

    /// <summary>Changes the stored account through the domain (a suspension, a deactivation) before the test's act.</summary>
    protected async Task ChangeAccountAsync(Action<StaffAccount> change)
    {
        await using var db = Database.CreateDbContext();
        change(await db.StaffAccounts.SingleAsync(a => a.Id == Account.Id, Token));
        await db.SaveChangesAsync(Token);
        Account = await StoredAccountAsync();
    }
}
