using CalJobsConsole.Domain.Requests;
using CalJobsConsole.App.Security;

namespace CalJobsConsole.Tests.Support;

/// <summary>
/// The <see cref="World"/> saved into a test database, with a console user for each person who signs in:
/// the Local Area's MIS Administrator, the division's SPOC, both Directors, a requestor and an Operations Unit user.
/// </summary>
public sealed class StoredWorld
{
    private StoredWorld(World world, TestDatabase database)
    {
        World = world;
        Database = database;
    }

    public World World { get; }

    public TestDatabase Database { get; }

    public Guid OperationsUnitUserId { get; private set; }

    public Guid RequestorId => World.RequestorId;

    public static Task<StoredWorld> CreateAsync(TestDatabase database) => CreateAsync(database, new World());

    /// <summary>Stores a world the test has already changed (a removed designation, a narrowed coverage).</summary>
    public static async Task<StoredWorld> CreateAsync(TestDatabase database, World world)
    {
        var stored = new StoredWorld(world, database);
        await using (var db = database.CreateDbContext())
        {
            db.Areas.AddRange(world.LocalArea, world.Division, world.OtherLocalArea);
            db.Offices.AddRange(world.PartnerOffice, world.WsbOnlyOffice, world.OtherOffice);
            db.PrivilegeGroups.AddRange(world.Groups);
            db.Privileges.AddRange(world.Privileges);
            await db.SaveChangesAsync();
        }
        await SignedIn.AddUserAsync(database, world.MisAdministrator.PersonId, "Morgan MIS", ConsoleRoles.MisAdministrator);
        await SignedIn.AddUserAsync(database, world.Spoc.PersonId, "Sky SPOC", ConsoleRoles.CalJobsSpoc);
        await SignedIn.AddUserAsync(database, World.LocalDirectorId, "Dana Director", ConsoleRoles.Director);
        await SignedIn.AddUserAsync(database, World.DivisionChiefId, "Chris Chief", ConsoleRoles.Director);
        await SignedIn.AddUserAsync(database, world.RequestorId, "Riley Requestor", ConsoleRoles.Requestor);
        stored.OperationsUnitUserId = await SignedIn.AddUserAsync(database, "Olivia Operations", ConsoleRoles.OperationsUnit);
        // REQ-2: the world's requestor is registered for each office in each area it belongs to (its Local Area and its division).
        await using (var db = database.CreateDbContext())
        {
            var areas = new[] { world.LocalArea, world.Division, world.OtherLocalArea };
            foreach (var office in new[] { world.PartnerOffice, world.WsbOnlyOffice, world.OtherOffice })
                foreach (var area in areas.Where(a => a.Id == office.LocalAreaId || a.Id == office.ServingDivisionId))
                    db.RequestorRegistrations.Add(RequestorRegistration.Register(area, office, world.RequestorId, stored.OperationsUnitUserId,
                        world.Clock.UtcNow.AddYears(-1)));
            await db.SaveChangesAsync();
        }
        return stored;
    }
}
