using CalJobsConsole.App.Features.VosGreeter;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Features.VosGreeter;

/// <summary>
/// The <see cref="World"/> on a real SQLite test database, with two more administrators: the MIS Administrator of another
/// Local Area, and a SPOC of the division whose coverage is only the office without a Title I partner.
/// </summary>
public abstract class VosGreeterServiceTestBase : IAsyncLifetime
{
    protected World World { get; } = new();
    protected RecordingNotificationSender Notifications { get; } = new();
    protected TestDatabase Database { get; private set; } = null!;
    protected StoredWorld Stored { get; private set; } = null!;
    protected AdministratorActor OtherAreaMis { get; private set; } = null!;
    protected AdministratorActor NarrowSpoc { get; private set; } = null!;

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    protected Guid Mis => World.MisAdministrator.PersonId;

    protected Guid Spoc => World.Spoc.PersonId;

    protected Guid TitleIOffice => World.PartnerOffice.Id;

    protected Guid OfficeWithoutTitleI => World.WsbOnlyOffice.Id;

    public async ValueTask InitializeAsync()
    {
        OtherAreaMis = World.Designate(World.OtherLocalArea, "Parker Other", trained: true);
        NarrowSpoc = World.Designate(World.Division, "Rowan Narrow", trained: true, SpocCoverage.Offices([World.WsbOnlyOffice.Id]));
        Database = await TestDatabase.CreateAsync();
        Stored = await StoredWorld.CreateAsync(Database, World);
        await SignedIn.AddUserAsync(Database, OtherAreaMis.PersonId, "Parker Other", ConsoleRoles.MisAdministrator);
        await SignedIn.AddUserAsync(Database, NarrowSpoc.PersonId, "Rowan Narrow", ConsoleRoles.CalJobsSpoc);
    }

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();

    protected VosGreeterService Service(Guid userId) =>
        new(Database, SignedIn.ScopeFor(Database, userId), World.Business, Notifications, NullLogger<VosGreeterService>.Instance);

    protected static CheckInReasonModel Reason(string? label, CalJobsConsole.Domain.VosGreeter.CheckInProgram? program) =>
        new() { Label = label, Program = program };
}
