using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Features.Notifications;

/// <summary>CRD-1's message text: username, the password's placeholder, its expiry in California time, and the reminders.</summary>
public class CredentialMessageTests
{
    private static readonly NotificationRecipient Staff = new("Jamie Nguyen", "jamie@example.org", Guid.NewGuid());
    private static readonly NotificationRecipient Requestor = new("Riley Requestor", "riley@example.org", Guid.NewGuid());

    [Fact]
    public void For_WhenANewAccount_AddressesTheStaffMemberCopiesTheRequestorAndCarriesThePasswordOnlyAsTheSecret()
    {
        var accountId = Guid.NewGuid();
        var requestId = Guid.NewGuid();
        var issued = TestClock.ToUtc(new DateOnly(2026, 3, 16), 10, 0, 0);

        var message = CredentialMessage.For("jamie.nguyen", Staff, Requestor, "Tmp#Pw-7Qx9!kLm2Zr", issued, TestClock.Pacific, accountId, requestId);

        Assert.Equal(CredentialMessage.NewAccountKind, message.Kind);
        Assert.Equal([Staff], message.To);
        Assert.Equal([Requestor], message.Copy);
        Assert.Equal((accountId, requestId, "Tmp#Pw-7Qx9!kLm2Zr"), (message.AccountId, message.RequestId, message.Secret));
        Assert.DoesNotContain("Tmp#Pw", message.Body);
        Assert.Contains("Hello Jamie Nguyen,", message.Body);
        Assert.Contains("Username: jamie.nguyen", message.Body);
        Assert.Contains("Temporary password: {{secret}}", message.Body);
        Assert.Contains("expires 24 hours after issue, at Tuesday, March 17, 2026 10:00 AM (Pacific Daylight Time)", message.Body);
        Assert.Contains(CredentialMessage.ConfidentialityReminder, message.Body);
        Assert.Contains(CredentialMessage.ChangePasswordReminder, message.Body);
        Assert.Contains("copy of this message went to Riley Requestor", message.Body);
        NotificationContract.Check(message);
    }

    [Fact]
    public void For_WhenAReset_SaysSoInSubjectAndKind()
    {
        var message = CredentialMessage.For("jamie.nguyen", Staff, Requestor, "Tmp#Pw-7Qx9!kLm2Zr", DateTimeOffset.UnixEpoch, TestClock.Pacific, Guid.NewGuid(), isReset: true);

        Assert.Equal(CredentialMessage.PasswordResetKind, message.Kind);
        Assert.Equal("Your CalJOBS password was reset", message.Subject);
        Assert.Contains("was reset", message.Body);
    }
}
