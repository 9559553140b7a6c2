using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CalJobsConsole.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests may use: <c>CALJOBS_TEST_POSTGRES</c> holds its connection string without a database (CI's
/// <c>.ci/run</c> starts a throwaway server and sets it). Tests about PostgreSQL skip without it, saying why, unless
/// <c>CALJOBS_REQUIRE_POSTGRES=1</c> (CI sets it), when they fail instead. Each test gets a database of its own, created from a
/// migrated template (as the SQLite tests copy a migrated file), dropped at the end.
/// </summary>
public static class TestPostgreSql
{
    public const string ServerVariable = "CALJOBS_TEST_POSTGRES";
    public const string RequireVariable = "CALJOBS_REQUIRE_POSTGRES";

    public static string? Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : null;

    private static readonly Lazy<Task<string>> MigratedTemplate = new(CreateTemplateAsync);

    /// <summary>The server's connection string, or the test skips (fails under <c>CALJOBS_REQUIRE_POSTGRES=1</c>) saying why.</summary>
    public static string RequireServer()
    {
        if (Server is { } server)
            return server;
        var why = $"No PostgreSQL server: set {ServerVariable} to a connection string without a database (e.g. Host=127.0.0.1;Port=55432;Username=postgres); .ci/run starts one.";
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
            Assert.Fail($"{why} {RequireVariable}=1 makes this a failure.");
        Assert.Skip(why);
        return null!;
    }

    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(RequireServer()) { Database = database }.ToString();

    /// <summary>A new database: a copy of the migrated template, or, with <paramref name="migrated"/> false, empty.</summary>
    public static async Task<string> CreateDatabaseAsync(bool migrated = true)
    {
        var name = "caljobs_test_" + Guid.NewGuid().ToString("N");
        var template = migrated ? await MigratedTemplate.Value : "template0";
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return name;
    }

    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString(name)));
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var name = "caljobs_template_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE template0");
        var connection = new NpgsqlConnectionStringBuilder(ConnectionString(name)) { Pooling = false }.ToString();
        await using (var db = new PostgreSqlConsoleDbContext(new DbContextOptionsBuilder<ConsoleDbContext>().UseNpgsql(connection).Options))
            await db.Database.MigrateAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
        return name;
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(RequireServer()) { Database = "postgres", Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
