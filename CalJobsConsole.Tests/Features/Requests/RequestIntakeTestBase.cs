using CalJobsConsole.App.Features.Requests;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Requests;

/// <summary>The intake service over a stored world with one staff account the world's requestor supervises.</summary>
public abstract class RequestIntakeTestBase : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected StoredWorld Stored { get; private set; } = null!;

    protected World World => Stored.World;

    protected StaffAccount Account { get; private set; } = null!;

    protected CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Stored = await StoredWorld.CreateAsync(Database);
        Account = World.CreateAccount();
        await using var db = Database.CreateDbContext();
        db.StaffAccounts.Add(Account);
        await db.SaveChangesAsync(Token);
    }

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();

    protected RequestIntakeService Intake(Guid userId) => new(Database, SignedIn.ScopeFor(Database, userId), World.Business);

    /// <summary>The form signed as <paramref name="userId"/> signs it (issue 20): their own name on record, unless the test typed one.</summary>
    protected async Task<RequestFormModel> Signed(RequestFormModel model, Guid userId)
    {
        model.SignatureName ??= await SignedIn.NameOfAsync(Database, userId);
        return model;
    }

    protected DateTime DaysAgo(int days) => World.Clock.Today.AddDays(-days).ToDateTime(TimeOnly.MinValue);

    /// <summary>A complete form of <paramref name="kind"/>: a new LWIA staff member, or the stored account.</summary>
    protected RequestFormModel Complete(AccessRequestKind kind) => new()
    {
        Kind = kind,
        FullName = kind == AccessRequestKind.NewAccount ? "Pat New" : Account.Staff.FullName,
        Email = kind == AccessRequestKind.NewAccount ? "pat.new@example.ca.gov" : Account.Staff.Email,
        StaffKind = StaffKind.NonEdd,
        OfficeId = World.PartnerOffice.Id,
        AccountId = kind == AccessRequestKind.NewAccount ? null : Account.Id,
        RequestedGroupId = World.Group(DirectivePrivilegeGroups.LwiaCboStaff).Id,
        IspaCompletedOn = DaysAgo(10),
        StatementDate = DaysAgo(10),
        SeparationDate = DaysAgo(0),
        VerifiedAttestations = true,
        VerifiedBusinessNeed = true,
        StaffJobTitle = "Career Coach",
        StaffPhone = "916-555-0123",
        RequestorTitle = "Program Supervisor",
        RequestorPhone = "530-555-0150 x4",
    };

    protected async Task<int> RequestCountAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.AccessRequests.CountAsync(Token);
    }

    protected async Task<AccessRequest> SingleRequestAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.AccessRequests.SingleAsync(Token);
    }
}
