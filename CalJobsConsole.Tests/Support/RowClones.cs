using Microsoft.Data.Sqlite;

namespace CalJobsConsole.Tests.Support;

/// <summary>
/// Many rows fast, for the scale tests: copies of a template row (made the ordinary way) inserted by one INSERT … SELECT over
/// a counter <c>n</c>, every column copied unless overridden by an SQL expression; columns a schema lacks are skipped, so a
/// test runs against the schema before and after a migration.
/// </summary>
public sealed class RowClones(SqliteConnection connection, SqliteTransaction transaction)
{
    /// <summary>A GUID in EF Core's SQLite text form, distinct per letter and row number <c>n</c>.</summary>
    public static string Id(char letter) => $"printf('{letter}0000000-0000-4000-8000-%012X', n)";

    public async Task<string> IdOfAsync(string sql)
    {
        await using var command = new SqliteCommand(sql, connection, transaction);
        return (string)(await command.ExecuteScalarAsync(Xunit.TestContext.Current.CancellationToken))!;
    }

    public async Task CloneAsync(string table, string? templateId, int count, Dictionary<string, string> overrides, string? where = null)
    {
        var columns = new List<string>();
        await using (var info = new SqliteCommand($"SELECT name FROM pragma_table_info('{table}')", connection, transaction))
        await using (var reader = await info.ExecuteReaderAsync(Xunit.TestContext.Current.CancellationToken))
            while (await reader.ReadAsync(Xunit.TestContext.Current.CancellationToken))
                columns.Add(reader.GetString(0));
        // A copied staff account is its own person's (one open account per person, REQ-1), unless the test says otherwise.
        if (columns.Contains("PersonId") && overrides.TryGetValue("Id", out var id) && !overrides.ContainsKey("PersonId") && table == "StaffAccounts")
            overrides = new Dictionary<string, string>(overrides) { ["PersonId"] = id };
        var values = columns.Select(c => overrides.TryGetValue(c, out var value) ? value : $"t.\"{c}\"");
        var sql = $"""
            WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {count})
            INSERT INTO "{table}" ({string.Join(", ", columns.Select(c => $"\"{c}\""))})
            SELECT {string.Join(", ", values)} FROM seq, "{table}" AS t WHERE {where ?? $"t.Id = '{templateId}'"}
            """;
        await using var command = new SqliteCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(Xunit.TestContext.Current.CancellationToken);
    }
}
