using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Features.Monitoring;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Monitoring;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.Tests.Features.Monitoring;

/// <summary>
/// A stored world with a mix of accounts around 2026 Q1, saved on the real SQLite test database: compliant ones in the Local
/// Area and the division; one with stale attestations and an overdue renewal, a new one whose ISPA certificate and E-1 were
/// lost, one deactivated eight days late (all Local Area); one deactivated before the quarter and one created after it.
/// The clock ends on 2026-04-01, the day the quarter's sample is drawn.
/// </summary>
public abstract class MonitoringTestBase : IAsyncLifetime
{
    protected static readonly Quarter Q1 = new(2026, 1);

    protected World World { get; } = new(new DateOnly(2024, 12, 2));
    protected RecordingNotificationSender Notifications { get; } = new();
    private readonly List<object> _pending = [];
    protected TestDatabase Database { get; private set; } = null!;
    protected StoredWorld Stored { get; private set; } = null!;

    protected StaffAccount ExistingOk = null!, ExistingOk2 = null!, ExistingDivision = null!, NewMissingEvidence = null!, NewDivision = null!,
        DeactivatedLate = null!, DeactivatedOnTime = null!, DeactivatedBefore = null!, CreatedAfter = null!, StaleAndOverdue = null!;

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    public virtual async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Stored = await StoredWorld.CreateAsync(Database, World);
        // 2024-12-02, a year before the quarter: stale attestations and a renewal due 2025-12-02, never done (REN-1, PRE-2).
        StaleAndOverdue = Open();
        World.Clock.SetDate(new DateOnly(2025, 11, 3));
        ExistingOk = Open();
        ExistingOk2 = Open();
        ExistingDivision = Open(wsb: true, StaffKind.Edd);
        DeactivatedLate = Open();
        DeactivatedOnTime = Open();
        DeactivatedBefore = Open();
        World.Clock.SetDate(new DateOnly(2025, 12, 15));
        Deactivate(DeactivatedBefore, separation: new DateOnly(2025, 12, 15));
        World.Clock.SetDate(new DateOnly(2026, 2, 2));
        NewMissingEvidence = Open();
        NewDivision = Open(wsb: true, StaffKind.Edd);
        World.Clock.SetDate(new DateOnly(2026, 3, 10));
        Deactivate(DeactivatedLate, separation: new DateOnly(2026, 3, 2));
        Deactivate(DeactivatedOnTime, separation: new DateOnly(2026, 3, 10));
        World.Clock.SetDate(new DateOnly(2026, 4, 1), hour: 2);
        CreatedAfter = Open();
        await using (var db = Database.CreateDbContext())
        {
            db.AddRange(_pending);
            await db.SaveChangesAsync(Token);
        }
        // The new account's ISPA certificate and E-1 never reached the account (lost in a migration from the old spreadsheets).
        await using (var db = Database.CreateDbContext())
        {
            await db.EvidenceDocuments.Where(d => d.AccountId == NewMissingEvidence.Id && d.Kind != DocumentKind.SystemAccessRequestForm)
                .ExecuteDeleteAsync(Token);
        }
    }

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();

    protected MonitoringDraw Draw(int sizePerStratum = 59) =>
        new(Database, World.Business, World.Policy, Options.Create(new CalJobsOptions { MonitoringSampleSizePerStratum = sizePerStratum }),
            NullLogger<MonitoringDraw>.Instance);

    protected async Task<MonitoringReview> StoredReviewAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.MonitoringReviews.AsNoTracking().Include(r => r.Samples).ThenInclude(s => s.Findings).SingleAsync(Token);
    }

    /// <summary>An account created today the whole way (request, approval, evidence), kept to be saved with the others.</summary>
    protected StaffAccount Open(bool wsb = false, StaffKind kind = StaffKind.NonEdd)
    {
        var form = World.NewAccountForm(kind, wsb: wsb);
        var request = World.Approved(form);
        var evidence = World.FullEvidence(request);
        var grant = new NewAccountGrant(request, "staff." + Guid.NewGuid().ToString("N")[..8], World.Groups.Single(g => g.Id == form.RequestedGroupId), [], evidence);
        var account = StaffAccount.Create(grant, World.AdministratorFor(form), World.Business, World.Policy);
        _pending.AddRange([request, account, .. evidence]);
        return account;
    }

    /// <summary>Deactivated today from an approved request with its form uploaded first (DEA-1), late when the separation is past.</summary>
    protected void Deactivate(StaffAccount account, DateOnly separation)
    {
        var request = World.Approved(World.FormFor(account, AccessRequestKind.Deactivation, separationDate: separation));
        var evidence = World.FullEvidence(request);
        account.Deactivate(request, account.AreaId == World.Division.Id ? World.Spoc : World.MisAdministrator, evidence, World.Business);
        _pending.AddRange([request, .. evidence]);
    }
}
