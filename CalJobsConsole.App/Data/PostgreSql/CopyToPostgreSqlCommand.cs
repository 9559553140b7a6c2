using CalJobsConsole.App.Configuration;

namespace CalJobsConsole.App.Data.PostgreSql;

/// <summary>
/// <c>copy-to-postgresql [--from &lt;caljobs.db&gt;]</c>: copies a SQLite installation into the empty PostgreSQL database of
/// <c>ConnectionStrings:PostgreSql</c> (<see cref="SqliteToPostgreSqlCopy"/>), prints every table's rows on both sides, then
/// exits without starting the web server (docs/moving-to-postgresql.md). The source is the data folder's <c>caljobs.db</c>
/// unless <c>--from</c> names another file. Exit codes: 0 copied and every count equal; 2 refused, nothing written (usage, no
/// connection string, a source not migrated by this version, a target with rows); 1 failed, nothing written (a database that
/// cannot be opened, a row PostgreSQL refused, a cancellation, counts that differ).
/// </summary>
public sealed class CopyToPostgreSqlCommand(DataDirectory data, IConfiguration configuration, TextWriter output, TextWriter errors)
{
    public const string Name = "copy-to-postgresql";
    public const int Refused = 2;
    public const int Failed = 1;

    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>The entry point from Program.cs: console output; Ctrl+C cancels the copy (and its transaction) cleanly.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler stop = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += stop;
        try
        {
            return await new CopyToPostgreSqlCommand(services.GetRequiredService<DataDirectory>(), services.GetRequiredService<IConfiguration>(),
                Console.Out, Console.Error).RunAsync(args[1..], cancel.Token);
        }
        finally
        {
            Console.CancelKeyPress -= stop;
        }
    }

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        if (!TryParse(arguments, out var from))
            return Refuse($"Usage: {Name} [--from <path to caljobs.db>]  (the target is ConnectionStrings:{DatabaseOptions.PostgreSqlConnectionName})");
        if (configuration.GetConnectionString(DatabaseOptions.PostgreSqlConnectionName) is not { Length: > 0 } target)
            return Refuse($"ConnectionStrings:{DatabaseOptions.PostgreSqlConnectionName} is not set: point it at the new, empty PostgreSQL "
                + $"database (ConnectionStrings__{DatabaseOptions.PostgreSqlConnectionName} in the environment when it holds a password).");
        var copy = new SqliteToPostgreSqlCopy(Path.GetFullPath(from ?? data.File(DatabaseServices.DatabaseFileName)), target, output);
        CopyResult result;
        try
        {
            result = await copy.RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DatabaseUnavailableException or CopyFailedException)
        {
            errors.WriteLine(ex.Message);
            return Failed;
        }
        catch (OperationCanceledException)
        {
            errors.WriteLine("Cancelled. Nothing was written: the PostgreSQL transaction was rolled back.");
            return Failed;
        }
        if (result.Refusal is { } refusal)
            return Refuse(refusal + " Nothing was written.");
        PrintCounts(result.Counts);
        if (!result.Committed)
        {
            errors.WriteLine("The row counts differ (marked DIFFERS above). Nothing was written: the PostgreSQL transaction was rolled back.");
            return Failed;
        }
        output.WriteLine($"Every table's rows are in {copy.Target}.");
        output.WriteLine(configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider == DatabaseProvider.PostgreSql
            ? "CalJobs:Database:Provider is PostgreSql: start the console."
            : "Next: set CalJobs:Database:Provider to PostgreSql (CalJobs__Database__Provider=PostgreSql), then start the console.");
        return 0;
    }

    /// <summary>Nothing (the data folder's <c>caljobs.db</c>) or <c>--from &lt;path&gt;</c>.</summary>
    private static bool TryParse(IReadOnlyList<string> arguments, out string? from)
    {
        from = arguments is ["--from", var path] && !path.StartsWith("--", StringComparison.Ordinal) ? path : null;
        return arguments.Count == 0 || from is not null;
    }

    private void PrintCounts(IReadOnlyList<TableCount> counts)
    {
        var width = Math.Max("table".Length, counts.Max(c => c.Table.Length));
        output.WriteLine();
        output.WriteLine($"{"table".PadRight(width)}  {"sqlite",10}  {"postgresql",10}  ok");
        foreach (var count in counts)
            output.WriteLine($"{count.Table.PadRight(width)}  {count.Sqlite,10}  {count.PostgreSql,10}  {(count.Matches ? "ok" : "DIFFERS")}");
        output.WriteLine();
    }

    private int Refuse(string message)
    {
        errors.WriteLine(message);
        return Refused;
    }
}
