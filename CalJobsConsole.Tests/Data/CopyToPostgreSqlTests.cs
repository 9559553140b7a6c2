using System.Text.Json;
using System.Text.Json.Serialization;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.PostgreSql;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Security;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Data;

/// <summary>
/// Moving from SQLite to PostgreSQL (issue 19): the demo installation copied into an empty PostgreSQL database, every table of
/// the model with its rows and every cell; what the console reads back (accounts with their complex columns, a user's password
/// hash, evidence); a row PostgreSQL refuses, or a cancellation, midway leaves the target without a row; the identity
/// sequences go on after the copied keys. Needs the PostgreSQL test server (<see cref="TestPostgreSql"/>).
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class CopyToPostgreSqlTests : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("caljobs-copy-").FullName;
    private readonly StringWriter _output = new();
    private string? _target;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Copy_OfTheDemoInstallation_CopiesEveryTableOfTheModelWithItsRowsAndEveryCell()
    {
        var source = await DemoSqliteDatabase.CopyToAsync(_folder);

        var result = await CopyAsync(source);

        Assert.True(result.Committed, _output.ToString());
        await using var sqlite = Sqlite(source);
        await using var postgreSql = await TargetAsync();
        var tables = StoredTables.Of(postgreSql);
        Assert.Equal(tables.Select(t => t.Name).Order(), result.Counts.Select(c => c.Table).Order());
        Assert.DoesNotContain("__EFMigrationsHistory", result.Counts.Select(c => c.Table));
        var before = await StoredTables.CountsAsync(sqlite);
        Assert.Equal(before, await StoredTables.CountsAsync(postgreSql));
        Assert.Equal(before, new SortedDictionary<string, long>(result.Counts.ToDictionary(c => c.Table, c => c.PostgreSql), StringComparer.Ordinal));
        // The demo fills what a real installation holds: Identity, the domain, the Data Protection key ring.
        Assert.All(new[] { "AspNetUsers", "AspNetUserRoles", "StaffAccounts", "EvidenceDocuments", "DataProtectionKeys" },
            table => Assert.True(before[table] > 0, $"The demo has no rows in {table}."));
        foreach (var table in tables)
            Assert.Equal(await StoredTables.RowsAsync(sqlite, table.Name), await StoredTables.RowsAsync(postgreSql, table.Name));
    }

    [Fact]
    public async Task Copy_ThenReadByTheConsolesContext_GivesTheSameAccountsUsersAndEvidence()
    {
        var source = await DemoSqliteDatabase.CopyToAsync(_folder);

        Assert.True((await CopyAsync(source)).Committed, _output.ToString());

        await using var sqlite = Sqlite(source);
        await using var postgreSql = await TargetAsync();
        // Accounts with every complex column (the staff member's contact, attestations, temporary credential, extra privileges).
        var accounts = await sqlite.StaffAccounts.AsNoTracking().OrderBy(a => a.Id).ToListAsync(Token);
        Assert.Contains(accounts, a => a.TemporaryCredential is not null);
        Assert.Contains(accounts, a => a.ExtraPrivilegeCodes.Count > 0);
        Assert.Equal(Json(accounts), Json(await postgreSql.StaffAccounts.AsNoTracking().OrderBy(a => a.Id).ToListAsync(Token)));
        Assert.Equal(Json(await sqlite.EvidenceDocuments.AsNoTracking().OrderBy(d => d.Id).ToListAsync(Token)),
            Json(await postgreSql.EvidenceDocuments.AsNoTracking().OrderBy(d => d.Id).ToListAsync(Token)));
        // A user signs in with the same password: the hash (and the security stamp that keeps sessions) came across intact.
        var olivia = await postgreSql.Users.AsNoTracking().SingleAsync(u => u.UserName == DemoSignIns.OperationsUnit, Token);
        Assert.NotEqual(PasswordVerificationResult.Failed,
            new PasswordHasher<ConsoleUser>().VerifyHashedPassword(olivia, olivia.PasswordHash!, DemoSignIns.Password));
        var original = await sqlite.Users.AsNoTracking().SingleAsync(u => u.Id == olivia.Id, Token);
        Assert.Equal(Json(original), Json(olivia));
    }

    [Fact]
    public async Task Copy_WhenPostgreSqlRefusesARowMidway_NamesItRollsBackAndLeavesEveryTableEmptyForASecondRun()
    {
        var source = await DemoSqliteDatabase.CopyToAsync(_folder);
        // SQLite keeps a username longer than its column allows; PostgreSQL's character varying(64) refuses it.
        var id = await ScalarAsync(source, "SELECT Id FROM StaffAccounts ORDER BY Username LIMIT 1 OFFSET 7");
        var username = await ScalarAsync(source, $"SELECT Username FROM StaffAccounts WHERE Id = '{id}'");
        await ScalarAsync(source, $"UPDATE StaffAccounts SET Username = '{new string('x', 65)}' WHERE Id = '{id}'");

        var failure = await Assert.ThrowsAsync<CopyFailedException>(() => CopyAsync(source));

        Assert.Equal("StaffAccounts", failure.Table);
        Assert.Equal($"Id = {id}, column Username", failure.Row); // the operator can find and correct the row
        Assert.Contains("value too long for type character varying(64) (22001)", failure.Message);
        Assert.Matches(@"(?m)^  AspNetUsers: [1-9][\d,]* rows", _output.ToString()); // tables before it were copied, then rolled back
        await using (var postgreSql = await TargetAsync())
            Assert.All(await StoredTables.CountsAsync(postgreSql), count => Assert.Equal(0, count.Value));
        // Corrected in SQLite, the same command copies into the same (still empty) database.
        await ScalarAsync(source, $"UPDATE StaffAccounts SET Username = '{username}' WHERE Id = '{id}'");
        Assert.True((await CopyAsync(source)).Committed, _output.ToString());
    }

    [Fact]
    public async Task Copy_WhenCancelledMidway_LeavesEveryTableEmpty()
    {
        var source = await DemoSqliteDatabase.CopyToAsync(_folder);
        using var cancel = new CancellationTokenSource();
        var output = new CancellingAfterTablesWriter(cancel, tables: 5);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CopyAsync(source, output, cancel.Token));

        Assert.Equal(5, output.TablesCopied);
        await using var postgreSql = await TargetAsync();
        Assert.All(await StoredTables.CountsAsync(postgreSql), count => Assert.Equal(0, count.Value));
    }

    [Fact]
    public async Task Copy_ThenWritingIdentityKeyedRows_TakesKeysAfterTheCopiedOnes()
    {
        var source = await DemoSqliteDatabase.CopyToAsync(_folder);
        await using (var sqlite = Sqlite(source))
        {
            var olivia = await sqlite.Users.SingleAsync(u => u.UserName == DemoSignIns.OperationsUnit, Token);
            sqlite.UserClaims.AddRange(Enumerable.Range(1, 3).Select(i => new IdentityUserClaim<Guid> { UserId = olivia.Id, ClaimType = "test", ClaimValue = $"{i}" }));
            await sqlite.SaveChangesAsync(Token);
        }
        Assert.True((await CopyAsync(source)).Committed, _output.ToString());

        await using var postgreSql = await TargetAsync();
        var copiedClaims = await postgreSql.UserClaims.MaxAsync(c => c.Id, Token);
        var copiedKeys = await postgreSql.DataProtectionKeys.MaxAsync(k => k.Id, Token);
        var claim = new IdentityUserClaim<Guid> { UserId = (await postgreSql.Users.FirstAsync(Token)).Id, ClaimType = "test", ClaimValue = "after" };
        var key = new DataProtectionKey { FriendlyName = "after the copy", Xml = "<key />" };
        postgreSql.UserClaims.Add(claim);
        postgreSql.DataProtectionKeys.Add(key);
        await postgreSql.SaveChangesAsync(Token);

        Assert.True(copiedClaims >= 3 && copiedKeys >= 1, $"claims {copiedClaims}, keys {copiedKeys}");
        Assert.Equal((copiedClaims + 1, copiedKeys + 1), (claim.Id, key.Id));
    }

    private async Task<CopyResult> CopyAsync(string source, TextWriter? output = null, CancellationToken? cancellationToken = null)
    {
        _target ??= await TestPostgreSql.CreateDatabaseAsync(migrated: false);
        return await new SqliteToPostgreSqlCopy(source, TestPostgreSql.ConnectionString(_target), output ?? _output)
            .RunAsync(cancellationToken ?? Token);
    }

    private async Task<PostgreSqlConsoleDbContext> TargetAsync()
    {
        _target ??= await TestPostgreSql.CreateDatabaseAsync(migrated: false);
        return new PostgreSqlConsoleDbContext(new DbContextOptionsBuilder<ConsoleDbContext>().UseNpgsql(TestPostgreSql.ConnectionString(_target)).Options);
    }

    private static ConsoleDbContext Sqlite(string path) =>
        new(new DbContextOptionsBuilder<ConsoleDbContext>().UseSqlite(DemoSqliteDatabase.ConnectionString(path)).Options);

    private static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection(DemoSqliteDatabase.ConnectionString(path));
        await connection.OpenAsync(Token);
        await using var command = new SqliteCommand(sql, connection);
        return await command.ExecuteScalarAsync(Token);
    }

    /// <summary>Every public property, navigations' cycles cut: two reads of one record compare as text.</summary>
    private static string Json<T>(T value) =>
        JsonSerializer.Serialize(value, new JsonSerializerOptions { ReferenceHandler = ReferenceHandler.IgnoreCycles, WriteIndented = true });

    public async ValueTask DisposeAsync()
    {
        if (_target is not null)
            await TestPostgreSql.DropDatabaseAsync(_target);
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The copy's progress, cancelling the copy once it reports <c>tables</c> tables copied (a Ctrl+C midway).</summary>
    private sealed class CancellingAfterTablesWriter(CancellationTokenSource cancel, int tables) : StringWriter
    {
        public int TablesCopied { get; private set; }

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value is not null && value.StartsWith("  ", StringComparison.Ordinal) && value.Contains(" rows (", StringComparison.Ordinal)
                && ++TablesCopied == tables)
                cancel.Cancel();
        }
    }
}
