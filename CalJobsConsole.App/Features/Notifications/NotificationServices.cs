using CalJobsConsole.App.Configuration;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CalJobsConsole.App.Features.Notifications;

public static class NotificationServices
{
    /// <summary>
    /// The notification sender, the user's messages, the secret protector and one mail transport: SMTP when
    /// <c>CalJobs:Mail:Smtp:Host</c> is set; otherwise a pickup folder when <c>CalJobs:Mail:PickupDirectory</c> is set; otherwise, in Development, <c>.eml</c> files in <c>{DataDirectory}/mail-pickup</c>;
    /// otherwise none (in-app only, with a warning at start). Needs Data Protection (<c>AddConsoleSecurity</c>).
    /// </summary>
    public static IServiceCollection AddConsoleNotifications(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.Section))
            .Validate(o => MailboxAddress.TryParse(o.FromAddress, out _), $"{MailOptions.Section}:FromAddress must be an e-mail address.")
            .Validate(o => !o.SmtpConfigured || o.Smtp.Port is > 0 and <= 65535, $"{MailOptions.Section}:Smtp:Port must be 1 to 65535.")
            .Validate(o => !o.SmtpConfigured || Enum.IsDefined(o.Smtp.Security), $"{MailOptions.Section}:Smtp:Security must be StartTls, SslOnConnect or None.")
            .Validate(o => o.MaxAttempts is >= 1 and <= 100, $"{MailOptions.Section}:MaxAttempts must be 1 to 100.")
            .Validate(o => o.FirstRetryDelaySeconds >= 1 && o.MaxRetryDelayMinutes >= 1, $"{MailOptions.Section}:FirstRetryDelaySeconds and MaxRetryDelayMinutes must be at least 1.")
            .Validate(o => o.Smtp.TimeoutSeconds is >= 1 and <= 600, $"{MailOptions.Section}:Smtp:TimeoutSeconds must be 1 to 600.")
            .ValidateOnStart();
        // Chosen when first asked for (after the test host or environment variables had their say), not while registering.
        services.AddSingleton<IMailTransport>(sp => SelectTransport(sp, environment));
        services.AddHostedService<MailSetupReport>();
        services.AddSingleton<SecretProtector>();
        services.AddScoped<NotificationEmailDelivery>();
        services.AddScoped<INotificationSender, NotificationSender>();
        services.AddScoped<OutboxService>();
        // The in-app bell's count: one per circuit, told when a message is read.
        services.AddScoped<UnreadMessages>();
        services.AddScoped<MessageService>();
        return services;
    }

    public static IMailTransport SelectTransport(IServiceProvider services, IHostEnvironment environment)
    {
        var options = services.GetRequiredService<IOptions<MailOptions>>();
        if (options.Value.SmtpConfigured)
            return new SmtpMailTransport(options);
        if (!string.IsNullOrWhiteSpace(options.Value.PickupDirectory))
            return new PickupFolderMailTransport(options.Value.PickupDirectory, services.GetRequiredService<TimeProvider>());
        if (environment.IsDevelopment())
            return new PickupFolderMailTransport(services.GetRequiredService<DataDirectory>(), services.GetRequiredService<TimeProvider>());
        return new NoMailTransport();
    }
}
