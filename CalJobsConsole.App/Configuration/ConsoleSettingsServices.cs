using CalJobsConsole.Domain.Common;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Configuration;

public static class ConsoleSettingsServices
{
    /// <summary>The <c>CalJobs</c> settings, the data folder (created at start), the clock and the attestation policy.</summary>
    public static IServiceCollection AddConsoleSettings(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<CalJobsOptions>()
            .Bind(configuration.GetSection(CalJobsOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDirectory), $"{CalJobsOptions.Section}:DataDirectory is required.")
            .Validate(o => o.AttestationValidityMonths is >= 1 and <= 36, $"{CalJobsOptions.Section}:AttestationValidityMonths must be 1 to 36.")
            .Validate(o => o.MonitoringSampleSizePerStratum is >= 1 and <= 10000, $"{CalJobsOptions.Section}:MonitoringSampleSizePerStratum must be 1 to 10000.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new DataDirectory(
            sp.GetRequiredService<IOptions<CalJobsOptions>>().Value.ResolveDataDirectory(environment.ContentRootPath)));
        services.AddSingleton(sp => new BusinessClock(sp.GetRequiredService<TimeProvider>(),
            TimeZoneInfo.FindSystemTimeZoneById(sp.GetRequiredService<IOptions<CalJobsOptions>>().Value.BusinessTimeZone)));
        services.AddSingleton(sp => new AttestationPolicy(sp.GetRequiredService<IOptions<CalJobsOptions>>().Value.AttestationValidityMonths));
        return services;
    }
}
