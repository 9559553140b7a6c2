using CalJobsConsole.App.Features.DataChanges;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Features.DataChanges;

/// <summary>
/// A stored world on real SQLite with a staff account the requestor supervises in the Local Area, a second MIS Administrator
/// of the Local Area (Parker) and an MIS Administrator of another Local Area (Olive).
/// </summary>
public abstract class DataChangeTestBase : IAsyncLifetime
{
    protected World World { get; } = new();
    protected RecordingNotificationSender Notifications { get; } = new();
    protected TestDatabase Database { get; private set; } = null!;
    protected StoredWorld Stored { get; private set; } = null!;
    protected AdministratorActor Parker { get; private set; } = null!;
    protected AdministratorActor Olive { get; private set; } = null!;

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    protected Guid Morgan => World.MisAdministrator.PersonId;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Parker = World.Designate(World.LocalArea, "Parker MIS", trained: true);
        Olive = World.Designate(World.OtherLocalArea, "Olive Other", trained: true);
        Stored = await StoredWorld.CreateAsync(Database, World);
        await SignedIn.AddUserAsync(Database, Parker.PersonId, "Parker MIS", ConsoleRoles.MisAdministrator);
        await SignedIn.AddUserAsync(Database, Olive.PersonId, "Olive Other", ConsoleRoles.MisAdministrator);
        await StoredAccounts.CreateAsync(Database, World, World.NewAccountForm(), "pat.staff");
    }

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();

    protected DataChangeRequestService Service(Guid userId) =>
        new(Database, SignedIn.ScopeFor(Database, userId), World.Business, Notifications, NullLogger<DataChangeRequestService>.Instance);

    protected AssistanceContactService Contacts(Guid userId) => new(Database, SignedIn.ScopeFor(Database, userId), World.Business);

    protected DataChangeRequestModel CompleteModel() => new()
    {
        Place = new DataChangePlace(World.LocalArea.Id, World.PartnerOffice.Id, "Auburn AJCC (Golden Sierra)"),
        ParticipantReference = "CJ-4821937",
        FieldName = "Date of birth",
        CurrentValue = "1990-01-02",
        RequestedValue = "1990-02-01",
        Reason = "Day and month were swapped at intake; birth certificate seen.",
    };

    /// <summary>A request stored as filed by <paramref name="filedById"/> in the Local Area (e.g. by an administrator who also requests).</summary>
    protected async Task<DataChangeRequest> StoredRequestAsync(Guid filedById)
    {
        var request = DataChangeRequest.File(filedById, World.LocalArea.Id, World.PartnerOffice.Id, "CJ-4821937", "Veteran status", "No", "Yes",
            "DD-214 seen.", World.Business);
        await using var db = Database.CreateDbContext();
        db.DataChangeRequests.Add(request);
        await db.SaveChangesAsync(Token);
        return request;
    }
}
