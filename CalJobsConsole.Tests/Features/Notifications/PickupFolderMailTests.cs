using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Features.Notifications;
using MimeKit;

namespace CalJobsConsole.Tests.Features.Notifications;

/// <summary>Development's e-mail: an .eml per message in {DataDirectory}/mail-pickup, the only place the temporary password is written in clear.</summary>
public sealed class PickupFolderMailTests : NotificationTestBase
{
    private readonly string _dataFolder = System.IO.Directory.CreateTempSubdirectory("caljobs-mail-").FullName;

    private string PickupFolder => Path.Combine(_dataFolder, PickupFolderMailTransport.FolderName);

    private PickupFolderMailTransport Transport => new(new DataDirectory(_dataFolder), Clock.Time);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        System.IO.Directory.Delete(_dataFolder, recursive: true);
    }

    [Fact]
    public async Task SendAsync_WhenCredentialsGoOut_WritesOneEmlToTheStaffMemberCopiedToTheRequestorWithTheSecretAndReminders()
    {
        await Sender(Transport).SendAsync(Credentials(), Token);

        var file = Assert.Single(System.IO.Directory.GetFiles(PickupFolder));
        Assert.EndsWith(".eml", file);
        var message = await MimeMessage.LoadAsync(file, Token);
        Assert.Equal(["jamie.nguyen@partner.example.org"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("Jamie Nguyen", message.To.Mailboxes.Single().Name);
        Assert.Equal(["riley.requestor@partner.example.org"], message.Cc.Mailboxes.Select(m => m.Address));
        Assert.Equal("console@caljobs.example.gov", message.From.Mailboxes.Single().Address);
        Assert.Equal("Your new CalJOBS staff account", message.Subject);
        var body = message.TextBody;
        Assert.Contains($"Username: {Username}", body);
        Assert.Contains($"Temporary password: {Secret}", body);
        Assert.DoesNotContain(OutgoingNotification.SecretPlaceholder, body);
        Assert.Contains("expires 24 hours after issue", body);
        Assert.Contains("Keep your username and password confidential", body);
        Assert.Contains("Never use this account on a personal device", body);
        Assert.Contains("set your own password at once", body);
    }

    [Fact]
    public async Task SendAsync_WhenNoRecipientHasAnAddress_WritesNoEmlButStillStoresTheInAppMessages()
    {
        await Sender(Transport).SendAsync(Credentials(Staff(email: null), Requestor(email: null)), Token);

        Assert.False(System.IO.Directory.Exists(PickupFolder) && System.IO.Directory.EnumerateFiles(PickupFolder).Any());
        await using var db = Database.CreateDbContext();
        Assert.Equal(2, db.InAppMessages.Count());
    }

    [Fact]
    public async Task SendAsync_WhenOnlyTheRequestorHasAnAddress_SendsItToThemAsCopy()
    {
        await Sender(Transport).SendAsync(Credentials(Staff(email: null)), Token);

        var message = await MimeMessage.LoadAsync(Assert.Single(System.IO.Directory.GetFiles(PickupFolder)), Token);
        Assert.Empty(message.To);
        Assert.Equal(["riley.requestor@partner.example.org"], message.Cc.Mailboxes.Select(m => m.Address));
    }

    [Fact]
    public async Task SendAsync_WhenTheSameAddressIsAddressedAndCopied_SendsItOnceAsAddresseeWithoutAWarning()
    {
        await Sender(Transport).SendAsync(Credentials(requestor: Requestor(email: "JAMIE.NGUYEN@partner.example.org")), Token);

        var message = await MimeMessage.LoadAsync(Assert.Single(System.IO.Directory.GetFiles(PickupFolder)), Token);
        Assert.Equal(["jamie.nguyen@partner.example.org"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Empty(message.Cc);
        Assert.DoesNotContain(Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    [Fact]
    public async Task SendAsync_WhenAnAddressCannotBeRead_SendsToTheOthersAndWarnsWithoutTheAddress()
    {
        await Sender(Transport).SendAsync(Credentials(requestor: Requestor(email: "riley at partner")), Token);

        var message = await MimeMessage.LoadAsync(Assert.Single(System.IO.Directory.GetFiles(PickupFolder)), Token);
        Assert.Equal(["jamie.nguyen@partner.example.org"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Empty(message.Cc);
        var warning = Assert.Single(Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.DoesNotContain("riley at partner", warning.Text);
    }
}
