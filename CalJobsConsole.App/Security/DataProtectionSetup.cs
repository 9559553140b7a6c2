using CalJobsConsole.App.Data;
using Microsoft.AspNetCore.DataProtection;

namespace CalJobsConsole.App.Security;

public static class DataProtectionSetup
{
    public const string ApplicationName = "CalJobsConsole";

    /// <summary>
    /// One key ring for the console, kept in its database: sign-in cookies, antiforgery tokens and the secrets notifications
    /// keep (CRD-1) stay readable after a restart and on a second app server. The keys are stored as Data Protection writes
    /// them (unencrypted XML) unless the operator adds a key-encryption option here.
    /// </summary>
    public static IServiceCollection AddConsoleDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<ConsoleDbContext>();
        return services;
    }
}
