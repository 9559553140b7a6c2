using CalJobsConsole.App.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CalJobsConsole.Tests.Features.Notifications;

/// <summary>CRD-1 at rest: an in-app message per console user, the body with its placeholder, the secret only encrypted and only until removed.</summary>
public class NotificationSenderTests : NotificationTestBase
{
    [Fact]
    public async Task SendAsync_WhenStaffAndRequestorAreUsers_StoresOneMessageEachAddressedAndCopied()
    {
        await Sender().SendAsync(Credentials(), Token);

        await using var db = Database.CreateDbContext();
        var messages = await db.InAppMessages.AsNoTracking().ToListAsync(Token);
        Assert.Equal(2, messages.Count);
        var staff = Assert.Single(messages, m => m.RecipientId == StaffId);
        var requestor = Assert.Single(messages, m => m.RecipientId == RequestorId);
        Assert.False(staff.IsCopy);
        Assert.True(requestor.IsCopy);
        Assert.All(messages, m =>
        {
            Assert.Equal(CredentialMessage.NewAccountKind, m.Kind);
            Assert.Equal(AccountId, m.AccountId);
            Assert.Equal(RequestId, m.RequestId);
            Assert.Equal(Clock.UtcNow, m.CreatedAt);
            Assert.Null(m.ReadAt);
            Assert.Contains(OutgoingNotification.SecretPlaceholder, m.Body);
        });
    }

    [Fact]
    public async Task SendAsync_WhenTheRowsAreReadRaw_NoColumnHoldsTheSecretAndUnprotectingGivesItBack()
    {
        await Sender().SendAsync(Credentials(), Token);

        var rows = await RawRowsAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.DoesNotContain(row, column => column.Contains(Secret, StringComparison.Ordinal));
            Assert.Contains(Username, row[0]);
            Assert.NotEqual("", row[1]);
            Assert.Equal(Secret, Protector.TryUnprotect(row[1]));
        });
        // The key ring is in the database too, and holds no secret.
        await using var db = Database.CreateDbContext();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync(Token));
        Assert.DoesNotContain(await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync(Token), xml => xml!.Contains(Secret));
    }

    [Fact]
    public async Task SendAsync_WhenAnotherServerReadsTheKeptSecret_DecryptsItWithTheKeysFromTheDatabase()
    {
        await Sender().SendAsync(Credentials(), Token);

        var anotherServer = NewProtector();

        Assert.All(await RawRowsAsync(), row => Assert.Equal(Secret, anotherServer.TryUnprotect(row[1])));
    }

    [Fact]
    public async Task SendAsync_WhenAUserIsBothAddressedAndCopied_StoresOneMessageAsAddressee()
    {
        var notification = new OutgoingNotification("reminder.renewal", "Renewal due", "Your renewal is due.", [Staff()], [Staff(), Requestor()]);

        await Sender().SendAsync(notification, Token);

        await using var db = Database.CreateDbContext();
        var messages = await db.InAppMessages.AsNoTracking().ToListAsync(Token);
        Assert.False(Assert.Single(messages, m => m.RecipientId == StaffId).IsCopy);
        Assert.True(Assert.Single(messages, m => m.RecipientId == RequestorId).IsCopy);
        Assert.All(messages, m => Assert.Null(m.ProtectedSecret));
    }

    [Fact]
    public async Task SendAsync_WhenARecipientHasNoUserId_StoresNoMessageForThem()
    {
        await Sender().SendAsync(Credentials(requestor: new NotificationRecipient("Outside Requestor", "outside@example.org", null)), Token);

        await using var db = Database.CreateDbContext();
        Assert.Equal([StaffId], await db.InAppMessages.Select(m => m.RecipientId).ToListAsync(Token));
    }

    [Theory]
    [InlineData("Username jamie.nguyen, password Tmp#Pw-7Qx9!kLm2Zr", Secret)]
    [InlineData("Username jamie.nguyen, password {{secret}}", null)]
    [InlineData("Username jamie.nguyen, no place for it", Secret)]
    public async Task SendAsync_WhenSecretAndPlaceholderDoNotMatch_IsRefusedWithoutTheSecretAndNothingStored(string body, string? secret)
    {
        var notification = new OutgoingNotification("credentials.new-account", "Your account", body, [Staff()], [], AccountId, null, secret);

        var refusal = await Assert.ThrowsAsync<ArgumentException>(() => Sender().SendAsync(notification, Token));

        Assert.DoesNotContain(Secret, refusal.Message);
        await using var db = Database.CreateDbContext();
        Assert.Empty(await db.InAppMessages.ToListAsync(Token));
    }

    [Fact]
    public async Task SendAsync_WhenTheMailTransportFails_KeepsTheInAppMessagesAndLogsTheFailureWithoutTheSecret()
    {
        await Sender(new FailingTransport()).SendAsync(Credentials(), Token);

        await using var db = Database.CreateDbContext();
        Assert.Equal(2, await db.InAppMessages.CountAsync(Token));
        Assert.Contains(Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Text.Contains("relay refused"));
        Assert.DoesNotContain(Secret, Logs.AllText);
    }

    [Fact]
    public async Task SendAsync_WhenTheMailTransportFailsAndNobodyIsAConsoleUser_DoesNotThrowAndKeepsTheEmailToRetry()
    {
        // Stored as failed with a retry scheduled, the notification is not lost: the caller's work stands.
        var notification = Credentials(new NotificationRecipient("Jamie Nguyen", "jamie@example.org", null), new NotificationRecipient("Riley", null, null));

        await Sender(new FailingTransport()).SendAsync(notification, Token);

        await using var db = Database.CreateDbContext();
        Assert.Empty(await db.InAppMessages.ToListAsync(Token));
        var stored = await db.Notifications.SingleAsync(Token);
        Assert.Equal(EmailDeliveryState.Failed, stored.EmailState);
        Assert.Equal("IOException: relay refused the connection", stored.LastError);
        Assert.Single(Jobs.Created);
    }

    [Fact]
    public async Task RemoveSecretsAsync_WhenTwoAccountsHaveMessages_ClearsOnlyThatAccountsSecrets()
    {
        var otherAccount = Guid.NewGuid();
        await Sender().SendAsync(Credentials(), Token);
        await Sender().SendAsync(Credentials(accountId: otherAccount), Token);
        Clock.Advance(TimeSpan.FromHours(3));

        await Sender().RemoveSecretsAsync(AccountId, Token);

        await using var db = Database.CreateDbContext();
        var messages = await db.InAppMessages.AsNoTracking().ToListAsync(Token);
        Assert.All(messages.Where(m => m.AccountId == AccountId), m =>
        {
            Assert.Null(m.ProtectedSecret);
            Assert.Equal(Clock.UtcNow, m.SecretRemovedAt);
        });
        Assert.Equal(2, messages.Count(m => m.AccountId == AccountId));
        Assert.All(messages.Where(m => m.AccountId == otherAccount), m =>
        {
            Assert.Equal(Secret, Protector.TryUnprotect(m.ProtectedSecret!));
            Assert.Null(m.SecretRemovedAt);
        });
    }

    [Fact]
    public async Task SendOpenAndRemove_WhenTheLogsAreRead_NeverHoldTheSecret()
    {
        await Sender(new FailingTransport()).SendAsync(Credentials(), Token);
        var id = await MessageIdOfAsync(StaffId);
        await Messages(StaffId).OpenAsync(id, Token);
        await Sender().RemoveSecretsAsync(AccountId, Token);

        Assert.NotEmpty(Logs.Entries);
        Assert.DoesNotContain(Secret, Logs.AllText);
        Assert.Contains(CredentialMessage.NewAccountKind, Logs.AllText);
    }

    private async Task<Guid> MessageIdOfAsync(Guid userId)
    {
        await using var db = Database.CreateDbContext();
        return await db.InAppMessages.Where(m => m.RecipientId == userId).Select(m => m.Id).SingleAsync(Token);
    }

    /// <summary>Body and ProtectedSecret of every row as stored, read with plain SQL around EF Core, plus every other column as text.</summary>
    private async Task<List<string[]>> RawRowsAsync()
    {
        await using var db = Database.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Body\", \"ProtectedSecret\", \"Kind\", \"Subject\", COALESCE(CAST(\"SecretRemovedAt\" AS TEXT), '') FROM \"InAppMessages\"";
        await using var reader = await command.ExecuteReaderAsync(Token);
        var rows = new List<string[]>();
        while (await reader.ReadAsync(Token))
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetString(i)).ToArray());
        return rows;
    }

    private sealed class FailingTransport : IMailTransport
    {
        public string Description => "failing relay";

        public bool Delivers => true;

        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default) => throw new IOException("relay refused the connection");
    }
}
