using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CalJobsConsole.Tests.Features.Notifications;

/// <summary>
/// Just enough SMTP on a loopback port for one session: 220, EHLO/HELO → 250 (no extensions, so no TLS or AUTH),
/// MAIL/RCPT → 250, DATA → 354 … "." → 250, QUIT → 221. Keeps the commands and the message's bytes (dot-stuffing undone).
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromSeconds(30));
    private readonly Task _session;

    /// <summary>Listens on <paramref name="port"/> (0: any free port), e.g. the port a relay that was down comes back on.</summary>
    public FakeSmtpServer(int port = 0)
    {
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _session = Task.Run(ServeOneSessionAsync);
    }

    public int Port { get; }

    public ConcurrentQueue<string> Commands { get; } = new();

    /// <summary>Completes with the message as received after DATA; fails if the session ends without one.</summary>
    public TaskCompletionSource<byte[]> Message { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the client said QUIT and got its 221.</summary>
    public Task Session => _session;

    private async Task ServeOneSessionAsync()
    {
        try
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            await using var stream = client.GetStream();
            // Latin-1 maps every byte to one char and back, so the message's bytes arrive unchanged.
            using var reader = new StreamReader(stream, Encoding.Latin1);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 fake.smtp.test ESMTP ready");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                Commands.Enqueue(line);
                switch (line.Split(' ')[0].ToUpperInvariant())
                {
                    case "EHLO" or "HELO":
                        await writer.WriteLineAsync("250 fake.smtp.test");
                        break;
                    case "MAIL" or "RCPT":
                        await writer.WriteLineAsync("250 2.1.0 Ok");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        Message.TrySetResult(await ReadDataAsync(reader));
                        await writer.WriteLineAsync("250 2.0.0 Ok: queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 Command not recognized");
                        break;
                }
            }
        }
        finally
        {
            Message.TrySetException(new InvalidOperationException("The SMTP session ended without a message."));
        }
    }

    private async Task<byte[]> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(_stop.Token) is { } line && line != ".")
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        return Encoding.Latin1.GetBytes(data.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _session;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }
}
