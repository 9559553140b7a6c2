using System.Security.Cryptography;
using System.Text;
using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Security.AdministrativeActs;

/// <summary>Whom an administrative act is attempted by, and the rule the gate must name for them.</summary>
public enum ActingAs
{
    /// <summary>An MIS Administrator of the act's area whose training was never recorded: DES-2.</summary>
    UntrainedAdministrator,

    /// <summary>A trained MIS Administrator of the act's area whose privileges the Operations Unit suspended: REV-1.</summary>
    SuspendedAdministrator,

    /// <summary>A trained MIS Administrator of another Local Area: SCO-1.</summary>
    OtherAreasAdministrator,
}

/// <summary>
/// The stored <see cref="World"/> with the three administrators every act is attempted by (<see cref="ActingAs"/>) — the
/// untrained and the suspended one hold seats in the Local Area beside its trained MIS Administrator — an evidence folder,
/// and a fingerprint of everything saved, to prove a refused act saved nothing: no row changed, added or removed in any
/// table, no file written.
/// </summary>
public sealed class ActWorld : IAsyncDisposable
{
    private ActWorld(TestDatabase database, StoredWorld stored, AdministratorActor untrained, AdministratorActor suspended, AdministratorActor otherArea)
    {
        Database = database;
        Stored = stored;
        Data = new DataDirectory(Path.Combine(database.Folder, "data"));
        Untrained = untrained;
        Suspended = suspended;
        OtherArea = otherArea;
    }

    public TestDatabase Database { get; }

    public StoredWorld Stored { get; }

    public World World => Stored.World;

    public DataDirectory Data { get; }

    public AdministratorActor Untrained { get; }

    public AdministratorActor Suspended { get; }

    public AdministratorActor OtherArea { get; }

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<ActWorld> CreateAsync()
    {
        var world = new World();
        var untrained = world.Designate(world.LocalArea, "Uma Untrained", trained: false);
        var suspended = world.Designate(world.LocalArea, "Sid Suspended", trained: true);
        var seat = world.LocalArea.ActiveDesignations.Single(d => d.PersonId == suspended.PersonId);
        world.LocalArea.SuspendAdministrator(seat.Id, "Ran a script against CalJOBS.", world.Clock.Today);
        var otherArea = world.Designate(world.OtherLocalArea, "Oscar Other", trained: true);
        var database = await TestDatabase.CreateAsync();
        var stored = await StoredWorld.CreateAsync(database, world);
        foreach (var person in new[] { untrained, suspended, otherArea })
            await SignedIn.AddUserAsync(database, person.PersonId, person.Name, ConsoleRoles.MisAdministrator);
        return new ActWorld(database, stored, untrained, suspended, otherArea);
    }

    public Guid UserFor(ActingAs actingAs) => actingAs switch
    {
        ActingAs.UntrainedAdministrator => Untrained.PersonId,
        ActingAs.SuspendedAdministrator => Suspended.PersonId,
        ActingAs.OtherAreasAdministrator => OtherArea.PersonId,
        _ => throw new ArgumentOutOfRangeException(nameof(actingAs)),
    };

    public ScopeService ScopeFor(Guid userId) => SignedIn.ScopeFor(Database, userId);

    /// <summary>Saves <paramref name="entities"/> (an approved request, an account…) that an act will be attempted on.</summary>
    public async Task AddAsync(params object[] entities)
    {
        await using var db = Database.CreateDbContext();
        db.AddRange(entities);
        await db.SaveChangesAsync(Token);
    }

    /// <summary>A SHA-256 of every row of every table and the name and size of every file in the data folder.</summary>
    public async Task<string> FingerprintAsync()
    {
        var text = new StringBuilder();
        await using (var db = Database.CreateDbContext())
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(Token);
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = Database.Provider == CalJobsConsole.App.Data.DatabaseProvider.PostgreSql
                    ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
                    : "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
                await using var reader = await list.ExecuteReaderAsync(Token);
                while (await reader.ReadAsync(Token))
                    tables.Add(reader.GetString(0));
            }
            foreach (var table in tables)
            {
                await using var select = connection.CreateCommand();
                select.CommandText = $"SELECT * FROM \"{table}\"";
                await using var reader = await select.ExecuteReaderAsync(Token);
                var rows = new List<string>();
                while (await reader.ReadAsync(Token))
                    rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i) is byte[] b ? Convert.ToHexString(b) : reader.GetValue(i)))));
                rows.Sort(StringComparer.Ordinal);
                text.Append(table).Append(':').AppendJoin('\n', rows).Append('\n');
            }
        }
        foreach (var file in Directory.GetFiles(Data.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            text.Append(Path.GetRelativePath(Data.Path, file)).Append(':').Append(new FileInfo(file).Length).Append('\n');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();
}
