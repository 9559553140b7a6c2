using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Data.Audit;

/// <summary>
/// <c>verify-audit</c>: verifies the audit trail's hash chain (<see cref="AuditChainVerifier"/>) on the console's database, prints
/// the result and exits — for a scheduled check or an auditor, with the console running or not. Exit codes: 0 intact, 2 broken
/// (the first broken record is printed), 1 the database could not be opened.
/// </summary>
public sealed class VerifyAuditCommand(IDbContextFactory<ConsoleDbContext> contexts, Func<CancellationToken, Task> migrate,
    TextWriter output, TextWriter errors)
{
    public const string Name = "verify-audit";
    public const int Broken = 2;
    public const int Failed = 1;

    public static bool IsRequested(string[] args) => args is [Name, ..];

    public static Task<int> RunAsync(IServiceProvider services, string[] args) =>
        new VerifyAuditCommand(services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>(),
            services.GetRequiredService<DatabaseInitializer>().MigrateAsync, Console.Out, Console.Error).RunAsync(args[1..]);

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        if (arguments.Count > 0)
        {
            errors.WriteLine($"Usage: {Name}   (no arguments)");
            return Failed;
        }
        try
        {
            // Migrating also starts the chain on a database upgraded from before it, so every record is verified.
            await migrate(cancellationToken);
        }
        catch (DatabaseUnavailableException ex)
        {
            errors.WriteLine(ex.Message);
            return Failed;
        }
        var report = await new AuditChainVerifier(contexts).VerifyAsync(cancellationToken);
        (report.Intact ? output : errors).WriteLine(report.Summary);
        return report.Intact ? 0 : Broken;
    }
}
