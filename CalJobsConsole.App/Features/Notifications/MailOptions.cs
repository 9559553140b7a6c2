namespace CalJobsConsole.App.Features.Notifications;

/// <summary>The <c>CalJobs:Mail</c> settings: who e-mail comes from and, when a host is set, the SMTP server that carries it.</summary>
public sealed class MailOptions
{
    public const string Section = "CalJobs:Mail";

    public string FromAddress { get; set; } = "caljobs-console@localhost";

    public string FromName { get; set; } = "CalJOBS Console";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>
    /// Without SMTP: a folder each e-mail is written into as an <c>.eml</c> file, in any environment (a mail server that collects
    /// from a folder; a first installation before its relay is set up). Empty: Development writes into the data folder, other
    /// environments send no e-mail.
    /// </summary>
    public string? PickupDirectory { get; set; }

    /// <summary>How many times one e-mail is attempted before it gives up (the outbox shows it; "Retry now" gives one more).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failure; it doubles after each further one, up to <see cref="MaxRetryDelayMinutes"/>.</summary>
    public int FirstRetryDelaySeconds { get; set; } = 60;

    public int MaxRetryDelayMinutes { get; set; } = 120;

    /// <summary>The wait before the attempt after <paramref name="failedAttempts"/> failures.</summary>
    public TimeSpan RetryDelayAfter(int failedAttempts)
    {
        var seconds = FirstRetryDelaySeconds * Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxRetryDelayMinutes * 60.0));
    }

    public bool SmtpConfigured => !string.IsNullOrWhiteSpace(Smtp.Host);
}

/// <summary><c>CalJobs:Mail:Smtp</c>: the relay. Put the password in an environment variable (<c>CalJobs__Mail__Smtp__Password</c>), not the file.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? Username { get; set; }

    public string? Password { get; set; }

    public int TimeoutSeconds { get; set; } = 30;
}

public enum SmtpSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS, which the server must offer (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>No TLS at all: only for a relay on the same host or a closed network.</summary>
    None,
}
