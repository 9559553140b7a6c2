using CalJobsConsole.App.Configuration;
using MimeKit;

namespace CalJobsConsole.App.Features.Notifications;

/// <summary>
/// Development only: each e-mail becomes an <c>.eml</c> file in <c>{CalJobs:DataDirectory}/mail-pickup</c>, to open with a mail
/// program. Written under a temporary name and renamed, so a reader never sees half a message. The files hold what the
/// e-mail holds — a temporary password in clear included — which is why no other environment uses this transport.
/// </summary>
public sealed class PickupFolderMailTransport(DataDirectory data, TimeProvider time) : IMailTransport
{
    public const string FolderName = "mail-pickup";

    public string Folder => data.Folder(FolderName);

    public string Description => $"pickup folder {Folder}";

    public bool Delivers => true;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        var folder = Folder;
        var name = $"{time.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}";
        var temporary = Path.Combine(folder, name + ".tmp");
        try
        {
            await message.WriteToAsync(temporary, cancellationToken);
            File.Move(temporary, Path.Combine(folder, name + ".eml"));
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }
}
