using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Data;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Data;

[Collection(AppHostCollection.Name)]
public class DatabaseStartupTests
{
    [Fact]
    public async Task Start_WhenTheDatabaseFileCannotBeOpened_StopsNamingThePathAndTheReason()
    {
        var folder = Directory.CreateTempSubdirectory("caljobs-db-").FullName;
        try
        {
            var data = new DataDirectory(folder);
            var path = data.File(DatabaseServices.DatabaseFileName);
            await File.WriteAllTextAsync(path, new string('x', 4096), TestContext.Current.CancellationToken); // not a SQLite file
            var contexts = new PooledDbContextFactory<ConsoleDbContext>(
                new DbContextOptionsBuilder<ConsoleDbContext>().UseSqlite(DatabaseServices.ConnectionString(path)).Options);
            var initializer = new DatabaseInitializer(contexts, data, new HostingEnvironment { EnvironmentName = Environments.Production },
                new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), NullLogger<DatabaseInitializer>.Instance);

            var ex = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => initializer.StartAsync(TestContext.Current.CancellationToken));

            Assert.Equal(path, ex.DatabasePath);
            Assert.Contains(path, ex.Message);
            Assert.True(ex.Message.Contains("file is not a database"), ex.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Start_WhenTheDataFolderIsNew_CreatesAndMigratesTheDatabaseThere()
    {
        await using var factory = new TestAppFactory(settings: TestAppFactory.OnSqlite);

        using var scope = factory.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ConsoleDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);

        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, DatabaseServices.DatabaseFileName)));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }
}
