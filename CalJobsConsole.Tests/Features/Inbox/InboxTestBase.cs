using CalJobsConsole.App.Features.Inbox;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Features.Inbox;

/// <summary>The inbox service over a world each test arranges (extra administrators, suspensions) before it is stored.</summary>
public abstract class InboxTestBase : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected World World { get; } = new();

    protected CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => Database = await TestDatabase.CreateAsync();

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();

    protected Task StoreAsync() => StoredWorld.CreateAsync(Database, World);

    protected InboxService Inbox(Guid userId) =>
        new(Database, SignedIn.ScopeFor(Database, userId), World.Business, World.Policy, TestFiling.In(Database, World.Business));

    /// <summary>Designates a further administrator before the world is stored; call <see cref="AddAdministratorUserAsync"/> after.</summary>
    protected AdministratorActor Designate(Area area, string name, bool trained = true, SpocCoverage? coverage = null) =>
        World.Designate(area, name, trained, coverage);

    protected Task AddAdministratorUserAsync(AdministratorActor actor) =>
        SignedIn.AddUserAsync(Database, actor.PersonId, actor.Name, ScopeService.RoleFor(actor.Role));

    /// <summary>Submits and stores a request; the clock moves on an hour after each, so the order of submission is the order of time.</summary>
    protected async Task<AccessRequest> SubmitAsync(AccessRequestForm form)
    {
        var request = World.Submit(form);
        World.Clock.Advance(TimeSpan.FromHours(1));
        await using var db = Database.CreateDbContext();
        db.AccessRequests.Add(request);
        await db.SaveChangesAsync(Token);
        return request;
    }

    /// <summary>A new-account request for non-EDD staff who refused to sign E-1 and whose ISPA training is over a year old.</summary>
    protected AccessRequestForm RefusedAndStaleForm() => World.NewAccountForm(attestations: new Attestations(World.Clock.Today.AddDays(-400),
        ConfidentialityStatement.RefusedToSign(ConfidentialityStatementKind.AttachmentE1, World.Clock.Today.AddDays(-2))));

    protected static DecisionNoteModel Note(string? text) => new() { Note = text };
}
