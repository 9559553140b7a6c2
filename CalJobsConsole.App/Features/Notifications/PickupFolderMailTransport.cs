using CalJobsConsole.App.Configuration;
using MimeKit;

namespace CalJobsConsole.App.Features.Notifications;

/// <summary>
/// Each e-mail becomes an <c>.eml</c> file in a pickup folder, to open with a mail program: in Development
/// <c>{CalJobs:DataDirectory}/mail-pickup</c>; in any environment the folder <c>CalJobs:Mail:PickupDirectory</c> names (for a
/// mail server that collects from a folder). Written under a temporary name and renamed, so a reader never sees half a message.
/// The files hold what the e-mail holds — a temporary password or an invitation link in clear included — so outside
/// Development the folder must be as closely held as the mail server itself.
/// </summary>
public sealed class PickupFolderMailTransport : IMailTransport
{
    public const string FolderName = "mail-pickup";

    private readonly Func<string> _folder;
    private readonly TimeProvider time;

    public PickupFolderMailTransport(DataDirectory data, TimeProvider time)
    {
        _folder = () => data.Folder(FolderName);
        this.time = time;
    }

    /// <summary>A transport writing into <paramref name="folder"/> (created when missing).</summary>
    public PickupFolderMailTransport(string folder, TimeProvider time)
    {
        _folder = () => System.IO.Directory.CreateDirectory(folder).FullName;
        this.time = time;
    }

    public string Folder => _folder();

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
