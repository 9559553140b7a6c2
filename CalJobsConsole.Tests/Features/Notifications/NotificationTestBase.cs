using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.Tests.Features.Notifications;

/// <summary>
/// A migrated database with a staff member, their requestor and an unrelated user; Data Protection with its keys in that
/// database, as the App has it; and the sender and message service over them, writing their logs where a test reads them.
/// </summary>
public abstract class NotificationTestBase : IAsyncLifetime
{
    public const string Secret = "Tmp#Pw-7Qx9!kLm2Zr";
    public const string Username = "jamie.nguyen";

    private readonly List<ServiceProvider> _providers = [];

    protected TestDatabase Database { get; private set; } = null!;

    protected TestClock Clock { get; } = new(World.StartDate);

    protected CapturedLogs Logs { get; } = new();

    protected SecretProtector Protector { get; private set; } = null!;

    protected Guid StaffId { get; private set; }

    protected Guid RequestorId { get; private set; }

    protected Guid OtherUserId { get; private set; }

    protected Guid AccountId { get; } = Guid.NewGuid();

    protected Guid RequestId { get; } = Guid.NewGuid();

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    public virtual async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        StaffId = await SignedIn.AddUserAsync(Database, "Jamie Nguyen", ConsoleRoles.Staff);
        RequestorId = await SignedIn.AddUserAsync(Database, "Riley Requestor", ConsoleRoles.Requestor);
        OtherUserId = await SignedIn.AddUserAsync(Database, "Olivia Other", ConsoleRoles.Requestor);
        Protector = NewProtector();
    }

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
            await provider.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>A protector from a service provider of its own, as another app server or a restart would have, keys read from the database.</summary>
    protected SecretProtector NewProtector()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped(_ => Database.CreateDbContext());
        services.AddConsoleDataProtection();
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return new SecretProtector(provider.GetRequiredService<IDataProtectionProvider>());
    }

    /// <summary>The retries the delivery scheduled with Hangfire, recorded instead of stored.</summary>
    protected RecordingJobClient Jobs { get; } = new();

    protected MailOptions MailSettings { get; } = new() { FromAddress = "console@caljobs.example.gov" };

    protected NotificationSender Sender(IMailTransport? mail = null)
    {
        mail ??= new NoMailTransport();
        return new(Database, Protector, mail, Delivery(mail), Clock.Business, Logs.For<NotificationSender>());
    }

    protected NotificationEmailDelivery Delivery(IMailTransport mail) =>
        new(Database, Protector, mail, Options.Create(MailSettings), Clock.Business, Jobs, Logs.For<NotificationEmailDelivery>());

    protected MessageService Messages(Guid userId) =>
        new(Database, SignedIn.ScopeFor(Database, userId), Protector, Clock.Business, Logs.For<MessageService>());

    protected NotificationRecipient Staff(string? email = "jamie.nguyen@partner.example.org") => new("Jamie Nguyen", email, StaffId);

    protected NotificationRecipient Requestor(string? email = "riley.requestor@partner.example.org") => new("Riley Requestor", email, RequestorId);

    /// <summary>The CRD-1 message for a new account: to the staff member, a copy to the requestor.</summary>
    protected OutgoingNotification Credentials(NotificationRecipient? staff = null, NotificationRecipient? requestor = null, Guid? accountId = null) =>
        CredentialMessage.For(Username, staff ?? Staff(), requestor ?? Requestor(), Secret, Clock.UtcNow, TestClock.Pacific, accountId ?? AccountId, RequestId);
}
