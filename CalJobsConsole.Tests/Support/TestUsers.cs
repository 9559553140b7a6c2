using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Support;

/// <summary>Identity's <see cref="UserManager{TUser}"/> over the test database, as the App registers it, for services that change a user's security stamp.</summary>
public sealed class TestUsers : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    public TestUsers(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        // A context of the test database's provider and type, under the query guard as every test context.
        services.AddScoped(_ => database.CreateDbContext());
        services.AddIdentityCore<ConsoleUser>().AddRoles<IdentityRole<Guid>>().AddEntityFrameworkStores<ConsoleDbContext>();
        _provider = services.BuildServiceProvider();
        _scope = _provider.CreateAsyncScope();
        Manager = _scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
    }

    public UserManager<ConsoleUser> Manager { get; }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }
}
