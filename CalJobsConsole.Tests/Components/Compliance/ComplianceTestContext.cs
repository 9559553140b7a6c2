using CalJobsConsole.App.Features.Compliance;
using CalJobsConsole.App.Live;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Components.Compliance;

/// <summary>
/// A world 400 days old when its first account was created, stored with five accounts whose figures the panels count
/// (today is <see cref="World.StartDate"/>, the test context's clock):
/// <list type="bullet">
/// <item>Golden Sierra: old.overdue (created 400 days ago, renewal overdue), late.leaver (deactivated 2 days after its
/// separation date), new.active (active), missing.docs (its ISPA certificate never uploaded);</item>
/// <item>WSB Northern Division: wsb.edd (EDD staff, pending first sign-in);</item>
/// <item>Sacramento: no account and no administrator.</item>
/// </list>
/// </summary>
public abstract class ComplianceTestContext : ComponentTestContext
{
    protected StoredWorld Stored { get; private set; } = null!;

    protected World World => Stored.World;

    protected InProcessChangeFeed Feed { get; } = new(NullLogger<InProcessChangeFeed>.Instance);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Stored = await StoredWorld.CreateAsync(Database, new World(World.StartDate.AddDays(-400)));
        await StoredAccounts.CreateAsync(Database, World, World.NewAccountForm(), "old.overdue");
        World.Clock.SetDate(World.StartDate.AddDays(-10));
        var (_, leaver) = await StoredAccounts.CreateAsync(Database, World, World.NewAccountForm(), "late.leaver");
        World.Clock.SetDate(World.StartDate.AddDays(-5));
        await DeactivateAsync(leaver.Id, separationDate: World.Clock.Today.AddDays(-2));
        World.Clock.SetDate(World.StartDate, hour: 8);
        var (_, active) = await StoredAccounts.CreateAsync(Database, World, World.NewAccountForm(), "new.active");
        await StoredAccounts.SetOwnPasswordAsync(Database, World, active.Id);
        await StoredAccounts.CreateAsync(Database, World, World.NewAccountForm(StaffKind.Edd, wsb: true), "wsb.edd");
        var (missing, _) = await StoredAccounts.CreateAsync(Database, World, World.NewAccountForm(), "missing.docs");
        // No screen removes a document: this stands for a record whose evidence was never complete. The account is judged
        // again as it is whenever its act's evidence changes.
        await using var db = Database.CreateDbContext();
        var token = TestContext.Current.CancellationToken;
        await db.EvidenceDocuments.Where(d => d.RequestId == missing.Id && d.Kind == DocumentKind.IspaCertificate).ExecuteDeleteAsync(token);
        var account = await db.StaffAccounts.SingleAsync(a => a.EvidencedActRequestId == missing.Id, token);
        account.EvidenceChanged(missing, await db.EvidenceDocuments.Where(d => d.RequestId == missing.Id).Select(d => d.Kind).ToListAsync(token));
        await db.SaveChangesAsync(token);
    }

    /// <summary>
    /// The panels' own subscriptions to the feed: every subscriber but the figures' cache, which subscribes once when the panels'
    /// service is first made (so only once something has rendered the panels).
    /// </summary>
    protected int PanelSubscriptions => Feed.SubscriberCount - 1;

    /// <summary>Signs in and registers the panels' service and the change feed the panels subscribe to.</summary>
    protected void SignInWithPanels(Guid userId)
    {
        SignInAs(userId);
        Services.AddScoped<CompliancePanelService>();
        Services.AddSingleton<IChangeFeed>(Feed);
        Services.AddSingleton<ComplianceFiguresCache>();
        Services.AddSingleton(LiveUpdatesAtOnce(Feed));
    }

    private async Task DeactivateAsync(Guid accountId, DateOnly separationDate)
    {
        await using var db = Database.CreateDbContext();
        var account = await db.StaffAccounts.SingleAsync(a => a.Id == accountId, TestContext.Current.CancellationToken);
        var request = World.Approved(World.FormFor(account, AccessRequestKind.Deactivation, separationDate: separationDate));
        var evidence = World.FullEvidence(request);
        account.Deactivate(request, World.MisAdministrator, evidence, World.Business);
        db.AccessRequests.Add(request);
        db.EvidenceDocuments.AddRange(evidence);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
