using Microsoft.Extensions.Configuration;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Features.Notifications;

/// <summary>The App as composed by Program.cs: its key ring in its own database, and the mail transport its environment calls for.</summary>
[Collection(AppHostCollection.Name)]
public class NotificationHostTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task App_WhenStartedInProductionWithoutSmtp_KeepsItsKeysInItsDatabaseAndSendsNoMail()
    {
        await using var factory = new TestAppFactory("Production");

        var transport = factory.Services.GetRequiredService<IMailTransport>();
        var secrets = factory.Services.GetRequiredService<SecretProtector>();
        var kept = secrets.Protect("Tmp#Pw-7Qx9!kLm2Zr");

        Assert.IsType<NoMailTransport>(transport);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync(Token);
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync(Token));
        // A second server: its own Data Protection over the same database, with the same key-protection certificate, reads what
        // the first kept.
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["CalJobs:DataProtection:CertificatePath"] = TestCertificates.Shared.Path,
                ["CalJobs:DataProtection:CertificatePassword"] = TestCertificates.Shared.Password,
            }).Build());
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        services.AddScoped(_ => contexts.CreateDbContext());
        services.AddConsoleDataProtection();
        await using var second = services.BuildServiceProvider();
        Assert.Equal("Tmp#Pw-7Qx9!kLm2Zr", new SecretProtector(second.GetRequiredService<IDataProtectionProvider>()).TryUnprotect(kept));
    }

    [Fact]
    public async Task App_WhenStartedInDevelopment_WritesMailIntoThePickupFolderOfItsDataDirectory()
    {
        await using var factory = new TestAppFactory();

        var transport = Assert.IsType<PickupFolderMailTransport>(factory.Services.GetRequiredService<IMailTransport>());

        Assert.Equal(Path.Combine(factory.DataDirectory, "mail-pickup"), transport.Folder);
    }
}
