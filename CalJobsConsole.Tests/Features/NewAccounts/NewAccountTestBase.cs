using CalJobsConsole.App.Features.Escalations;
using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.Tests.Features.NewAccounts;

/// <summary>Account creation and escalation services over a stored world, with the real password hasher and a recording sender.</summary>
public abstract class NewAccountTestBase : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected StoredWorld Stored { get; private set; } = null!;

    protected World World { get; } = new();

    protected RecordingNotificationSender Notifications { get; } = new();

    protected PasswordHasher<ConsoleUser> Hasher { get; } = new();

    protected CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => Database = await TestDatabase.CreateAsync();

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();

    /// <summary>Stores the world, with the Staff role the new sign-ins get.</summary>
    protected async Task StoreAsync()
    {
        Stored = await StoredWorld.CreateAsync(Database, World);
        await using var db = Database.CreateDbContext();
        db.Roles.Add(new IdentityRole<Guid>(ConsoleRoles.Staff) { Id = Guid.NewGuid(), NormalizedName = ConsoleRoles.Staff.ToUpperInvariant() });
        await db.SaveChangesAsync(Token);
    }

    protected CredentialIssuer Issuer() => new(new TemporaryPasswordGenerator(), Hasher, new UpperInvariantLookupNormalizer(), Notifications,
        World.Business, NullLogger<CredentialIssuer>.Instance);

    protected AccountCreationService Creation(Guid userId) =>
        new(Database, SignedIn.ScopeFor(Database, userId), World.Business, World.Policy, Issuer(), new NewAccountRecorder(Issuer(), World.Business));

    protected EscalationQueueService Queue(Guid userId) =>
        new(Database, SignedIn.ScopeFor(Database, userId), World.Business, World.Policy, Issuer(), new NewAccountRecorder(Issuer(), World.Business), Notifications,
            NullLogger<EscalationQueueService>.Instance);

    protected FirstSignInService FirstSignIn() => new(Database, World.Business, Notifications);

    /// <summary>Stores an approved request with the given documents uploaded for it (every required one by default).</summary>
    protected async Task<AccessRequest> ApprovedAsync(AccessRequestForm form, IEnumerable<DocumentKind>? documents = null, AdministratorActor? approver = null)
    {
        var request = World.Approved(form, approver);
        await using var db = Database.CreateDbContext();
        db.AccessRequests.Add(request);
        db.EvidenceDocuments.AddRange(documents is null ? World.FullEvidence(request) : documents.Select(k => World.Evidence(request, k)));
        await db.SaveChangesAsync(Token);
        return request;
    }

    protected async Task<AccessRequest> SubmittedAsync(AccessRequestForm form)
    {
        var request = World.Submit(form);
        await using var db = Database.CreateDbContext();
        db.AccessRequests.Add(request);
        await db.SaveChangesAsync(Token);
        return request;
    }

    protected static CreateAccountModel Model(string username, Guid? groupId, params string[] extras) =>
        new() { Username = username, GroupId = groupId, ExtraPrivilegeCodes = extras };
}
