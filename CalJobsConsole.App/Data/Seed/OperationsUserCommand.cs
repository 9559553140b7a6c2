using CalJobsConsole.App.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Data.Seed;

/// <summary>
/// <c>create-operations-user &lt;username&gt; &lt;email&gt; "&lt;Full Name&gt;"</c>: creates the first Operations Unit user of a
/// database nothing was seeded into (any environment but Development), then exits without starting the web server.
/// The password comes from the environment variable <see cref="PasswordVariable"/>, never from the command line,
/// so it stays out of shell history and process lists. Applies migrations first and creates the console's roles.
/// Exit codes: 0 created, 1 database unavailable, 2 refused (usage, missing or rejected password, existing user).
/// </summary>
public sealed class OperationsUserCommand(IServiceProvider services, TextWriter output, TextWriter errors)
{
    public const string Name = "create-operations-user";
    public const string PasswordVariable = "CALJOBS_INITIAL_PASSWORD";
    public const int Refused = 2;

    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>The entry point from Program.cs: console output, the password from the process environment.</summary>
    public static Task<int> RunAsync(IServiceProvider services, string[] args) =>
        new OperationsUserCommand(services, Console.Out, Console.Error).RunAsync(args[1..], Environment.GetEnvironmentVariable(PasswordVariable));

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, string? password, CancellationToken cancellationToken = default)
    {
        if (arguments is not [var userName, var email, var fullName] || string.IsNullOrWhiteSpace(fullName))
            return Refuse($"Usage: {Name} <username> <email> \"<Full Name>\"  (the password is read from {PasswordVariable}).");
        if (string.IsNullOrEmpty(password))
            return Refuse($"{PasswordVariable} is not set: put the new user's initial password in that environment variable (never on the command line) and run again.");
        try
        {
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        }
        catch (DatabaseUnavailableException ex)
        {
            errors.WriteLine(ex.Message);
            return 1;
        }
        await using var scope = services.CreateAsyncScope();
        return await CreateAsync(scope.ServiceProvider, userName.Trim(), email.Trim(), fullName.Trim(), password, cancellationToken);
    }

    private async Task<int> CreateAsync(IServiceProvider scoped, string userName, string email, string fullName, string password,
        CancellationToken cancellationToken)
    {
        var users = scoped.GetRequiredService<UserManager<ConsoleUser>>();
        if (await users.FindByNameAsync(userName) is not null)
            return Refuse($"A user named '{userName}' already exists; nothing was changed.");
        // Identity saves through the scope's context: the roles and the user commit together or not at all.
        var db = scoped.GetRequiredService<ConsoleDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var createdRoles = await scoped.GetRequiredService<RoleManager<IdentityRole<Guid>>>().EnsureConsoleRolesAsync();
        var user = new ConsoleUser { UserName = userName, Email = email, EmailConfirmed = true, FullName = fullName };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            return Refuse($"Identity refused the user '{userName}'; nothing was changed:", created.ErrorLines());
        (await users.AddToRoleAsync(user, ConsoleRoles.OperationsUnit)).ThrowIfFailed($"Giving '{userName}' the role '{ConsoleRoles.OperationsUnit}'");
        await transaction.CommitAsync(cancellationToken);

        if (createdRoles.Count > 0)
            output.WriteLine($"Created the console's roles: {string.Join(", ", createdRoles)}.");
        output.WriteLine($"Created the Operations Unit user '{userName}' ({fullName}, {email}), id {user.Id}.");
        output.WriteLine($"Sign in with the password from {PasswordVariable}, then remove it from the environment.");
        return 0;
    }

    private int Refuse(string message, IEnumerable<string>? details = null)
    {
        errors.WriteLine(message);
        foreach (var line in details ?? [])
            errors.WriteLine("  - " + line);
        return Refused;
    }
}
