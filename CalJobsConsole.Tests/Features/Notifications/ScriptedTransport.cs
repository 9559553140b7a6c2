using CalJobsConsole.App.Features.Notifications;
using MimeKit;

namespace CalJobsConsole.Tests.Features.Notifications;

/// <summary>A mail transport that fails its first <see cref="FailuresLeft"/> calls as a relay that is down, then delivers, recording every message it delivered.</summary>
public sealed class ScriptedTransport(int failures = 0) : IMailTransport
{
    private readonly List<MimeMessage> _delivered = [];
    private int _calls;

    public int FailuresLeft { get; set; } = failures;

    /// <summary>How long a delivery takes: long enough for a second worker to try the same e-mail meanwhile.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public int Calls => _calls;

    public IReadOnlyList<MimeMessage> Delivered
    {
        get
        {
            lock (_delivered)
                return _delivered.ToList();
        }
    }

    public string Description => "scripted relay";

    public bool Delivers => true;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        if (Delay > TimeSpan.Zero)
            await Task.Delay(Delay, cancellationToken);
        if (FailuresLeft > 0)
        {
            FailuresLeft--;
            throw new IOException("relay refused the connection");
        }
        lock (_delivered)
            _delivered.Add(message);
    }
}
