using System.Security.Cryptography;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CalJobsConsole.Tests.Security;

/// <summary>
/// Issue 19, Deliver 4: the data-protection keys are shared through the database and protected at rest with the certificate of
/// <c>CalJobs:DataProtection</c>; Production refuses to start without one unless <c>AllowUnprotectedKeys</c> is true.
/// </summary>
public sealed class KeyProtectionTests : IAsyncLifetime
{
    private readonly List<ServiceProvider> _servers = [];
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers)
            await server.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task WithACertificate_KeysAreStoredEncrypted_AndAnotherServerWithTheSameFileReadsWhatThisOneProtected()
    {
        var certificate = TestCertificates.Shared;
        var serverA = Protector(certificate);
        var protectedSecret = serverA.Protect("Temp-Pa55word!");

        Assert.Equal("Temp-Pa55word!", Protector(certificate).Unprotect(protectedSecret));
        var stored = await StoredKeysAsync();
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("EncryptedData", xml);
            Assert.Contains(nameof(CertificateKeyDecryptor), xml);
            Assert.DoesNotContain("<masterKey", xml);
        });
    }

    [Fact]
    public async Task WithoutACertificate_TheKeyIsInClearText_AndAServerWithTheWrongCertificateCannotReadAProtectedOne()
    {
        var protectedSecret = Protector(TestCertificates.Shared).Protect("secret");

        var stranger = Protector(TestCertificates.Create("Another installation"));
        Assert.ThrowsAny<CryptographicException>(() => stranger.Unprotect(protectedSecret));

        // The contrast the setting makes: a key written without a certificate holds its master key as plain XML.
        await using var other = await TestDatabase.CreateAsync();
        Protector(certificate: null, other).Protect("secret");
        await using var db = other.CreateDbContext();
        Assert.Contains("<masterKey", (await db.DataProtectionKeys.SingleAsync()).Xml);
    }

    [Fact]
    public void Production_WithoutACertificate_IsRefused_NamingTheSettingAndTheWayOut()
    {
        var problem = KeyProtectionCertificate.Problem(new KeyProtectionOptions(), Environment(Environments.Production));

        Assert.NotNull(problem);
        Assert.Contains("CalJobs:DataProtection:CertificatePath is not set", problem);
        Assert.Contains("AllowUnprotectedKeys", problem);
        Assert.Null(KeyProtectionCertificate.Problem(new KeyProtectionOptions { AllowUnprotectedKeys = true }, Environment(Environments.Production)));
        Assert.Null(KeyProtectionCertificate.Problem(new KeyProtectionOptions(), Environment(Environments.Development)));
        Assert.Null(KeyProtectionCertificate.Problem(new KeyProtectionOptions(), Environment(Environments.Staging)));
    }

    [Fact]
    public void ACertificateThatCannotBeUsed_IsRefusedWithItsReason()
    {
        var production = Environment(Environments.Production);
        var good = TestCertificates.Shared;

        Assert.Null(KeyProtectionCertificate.Problem(new KeyProtectionOptions { CertificatePath = good.Path, CertificatePassword = good.Password }, production));
        Assert.Contains("cannot be opened",
            KeyProtectionCertificate.Problem(new KeyProtectionOptions { CertificatePath = good.Path, CertificatePassword = "wrong" }, production));
        Assert.Contains("cannot be opened",
            KeyProtectionCertificate.Problem(new KeyProtectionOptions { CertificatePath = good.Path + ".missing", CertificatePassword = good.Password }, production));
        var publicOnly = TestCertificates.Create("Public part only", withPrivateKey: false);
        Assert.NotNull(KeyProtectionCertificate.Problem(new KeyProtectionOptions { CertificatePath = publicOnly.Path }, production));
    }

    [Fact]
    public async Task TheConsole_InProduction_WithoutACertificate_StopsNamingTheSetting_AndStartsWhenUnprotectedKeysAreAllowed()
    {
        var data = Directory.CreateTempSubdirectory("caljobs-keys-").FullName;
        try
        {
            var (exitCode, _, errors) = await AppProcess.RunAsync(data, [], new Dictionary<string, string?>
            {
                ["CalJobs__DataProtection__CertificatePath"] = null,
                ["CalJobs__DataProtection__CertificatePassword"] = null,
                ["CalJobs__Web__RequireHttps"] = "false",
                ["CalJobs__Jobs__RunServer"] = "false",
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{TestAppFactory.FreeLoopbackPort()}",
            });

            Assert.Equal(1, exitCode);
            Assert.Contains("A setting is not valid: CalJobs:DataProtection:CertificatePath is not set", errors);
            Assert.DoesNotContain("   at ", errors);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }

        await using var allowed = new TestAppFactory(Environments.Production, new Dictionary<string, string?>
        {
            ["CalJobs:DataProtection:CertificatePath"] = "",
            ["CalJobs:DataProtection:AllowUnprotectedKeys"] = "true",
        });
        var live = await allowed.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, live.StatusCode);
    }

    /// <summary>Data Protection as an app server sets it up, keys in the test database, with or without a certificate.</summary>
    private IDataProtector Protector(TestCertificates.PfxFile? certificate, TestDatabase? database = null)
    {
        database ??= _database;
        var settings = new Dictionary<string, string?>();
        if (certificate is not null)
        {
            settings["CalJobs:DataProtection:CertificatePath"] = certificate.Path;
            settings["CalJobs:DataProtection:CertificatePassword"] = certificate.Password;
        }
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddScoped(_ => database.CreateDbContext());
        services.AddConsoleDataProtection();
        var server = services.BuildServiceProvider();
        _servers.Add(server);
        return server.GetRequiredService<IDataProtectionProvider>().CreateProtector("KeyProtectionTests");
    }

    private async Task<List<string>> StoredKeysAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(TestContext.Current.CancellationToken);
    }

    private static IHostEnvironment Environment(string name) => new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = name };
}
