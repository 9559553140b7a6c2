using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.App.Security;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Data;

/// <summary>
/// create-operations-user: the first Operations Unit user of a database nothing was seeded into, the password from
/// CALJOBS_INITIAL_PASSWORD only; every refusal exits with 2 and changes nothing.
/// </summary>
[Collection(AppHostCollection.Name)]
public class OperationsUserCommandTests : IAsyncLifetime
{
    private const string Password = "Initial!Secret2026";
    private readonly TestAppFactory _production = new("Production");
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _production.DisposeAsync();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Task<int> RunAsync(string? password, params string[] arguments) =>
        new OperationsUserCommand(_production.Services, _output, _errors).RunAsync(arguments, password, Token);

    private async Task<ConsoleUser?> FindAsync(string userName)
    {
        using var scope = _production.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>().FindByNameAsync(userName);
    }

    [Fact]
    public async Task Run_WithThePasswordInTheEnvironment_CreatesAnOperationsUnitUserWhoSignsInWithIt()
    {
        var exitCode = await RunAsync(Password, "olivia.ortiz", "olivia.ortiz@edd.ca.gov", "Olivia Ortiz");

        Assert.Equal(0, exitCode);
        using var scope = _production.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var user = await users.FindByNameAsync("olivia.ortiz");
        Assert.NotNull(user);
        Assert.Equal(("Olivia Ortiz", "olivia.ortiz@edd.ca.gov"), (user.FullName, user.Email));
        Assert.Equal([ConsoleRoles.OperationsUnit], await users.GetRolesAsync(user));
        Assert.True(await users.CheckPasswordAsync(user, Password));
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        Assert.Equal(ConsoleRoles.All.Order(), (await roles.Roles.Select(r => r.Name!).ToListAsync(Token)).Order());
        Assert.Contains("Created the Operations Unit user 'olivia.ortiz'", _output.ToString());
        Assert.DoesNotContain(Password, _output.ToString() + _errors.ToString());
    }

    [Fact]
    public async Task Run_WithoutAPassword_RefusesWithExitCode2AndCreatesNobody()
    {
        var exitCode = await RunAsync(null, "olivia.ortiz", "olivia.ortiz@edd.ca.gov", "Olivia Ortiz");

        Assert.Equal(OperationsUserCommand.Refused, exitCode);
        Assert.Contains(OperationsUserCommand.PasswordVariable, _errors.ToString());
        Assert.Null(await FindAsync("olivia.ortiz"));
    }

    [Fact]
    public async Task Run_WithAPasswordIdentityRejects_PrintsIdentitysErrorsAndCreatesNobody()
    {
        var exitCode = await RunAsync("password", "olivia.ortiz", "olivia.ortiz@edd.ca.gov", "Olivia Ortiz");

        Assert.Equal(OperationsUserCommand.Refused, exitCode);
        Assert.Contains("PasswordTooShort", _errors.ToString());
        Assert.Contains("PasswordTooCommon", _errors.ToString());
        Assert.Null(await FindAsync("olivia.ortiz"));
        await using var db = await _production.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync(Token);
        Assert.False(await db.Roles.AnyAsync(Token)); // the roles were rolled back with the user
    }

    [Fact]
    public async Task Run_WhenTheUsernameExists_RefusesAndKeepsTheExistingUser()
    {
        Assert.Equal(0, await RunAsync(Password, "olivia.ortiz", "olivia.ortiz@edd.ca.gov", "Olivia Ortiz"));

        var exitCode = await RunAsync("Another!Secret2026", "olivia.ortiz", "someone.else@edd.ca.gov", "Someone Else");

        Assert.Equal(OperationsUserCommand.Refused, exitCode);
        Assert.Contains("already exists", _errors.ToString());
        Assert.Equal("olivia.ortiz@edd.ca.gov", (await FindAsync("olivia.ortiz"))!.Email);
    }

    [Fact]
    public async Task Run_WithoutTheFullName_PrintsUsageAndRefuses()
    {
        var exitCode = await RunAsync(Password, "olivia.ortiz", "olivia.ortiz@edd.ca.gov");

        Assert.Equal(OperationsUserCommand.Refused, exitCode);
        Assert.Contains("Usage: create-operations-user", _errors.ToString());
        Assert.Null(await FindAsync("olivia.ortiz"));
    }

    [Fact]
    public async Task Program_WithTheCommandOnANewDatabase_MigratesCreatesTheUserAndExitsWithoutServing()
    {
        var folder = Directory.CreateTempSubdirectory("caljobs-command-").FullName;
        try
        {
            var refused = await RunProgramAsync(folder, password: null);
            var created = await RunProgramAsync(folder, Password);

            Assert.Equal(2, refused.ExitCode);
            Assert.Contains(OperationsUserCommand.PasswordVariable, refused.Errors);
            Assert.True(0 == created.ExitCode, created.Output + created.Errors);
            Assert.Contains("Created the Operations Unit user 'first.ops'", created.Output);
            Assert.DoesNotContain("Now listening", created.Output);
            var options = new DbContextOptionsBuilder<ConsoleDbContext>()
                .UseSqlite(DatabaseServices.ConnectionString(Path.Combine(folder, DatabaseServices.DatabaseFileName))).Options;
            await using var db = new ConsoleDbContext(options);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(Token));
            Assert.Equal(["first.ops"], await db.Users.Select(u => u.UserName!).ToListAsync(Token));
            Assert.False(await db.Areas.AnyAsync(Token));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The App's own entry point in a process of its own, in Production, against <paramref name="dataFolder"/>.</summary>
    private static Task<(int ExitCode, string Output, string Errors)> RunProgramAsync(string dataFolder, string? password) =>
        AppProcess.RunAsync(dataFolder, [OperationsUserCommand.Name, "first.ops", "first.ops@edd.ca.gov", "First Operations"],
            new Dictionary<string, string?> { [OperationsUserCommand.PasswordVariable] = password });
}
