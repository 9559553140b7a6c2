using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Features.People;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Features.NewAccounts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.Tests.Support;

/// <summary>The invitation sender for service tests: the App's settings, its messages kept by a recording sender.</summary>
public static class TestInvitations
{
    public static InvitationSender Sender(BusinessClock clock, INotificationSender? notifications = null) =>
        new(clock, Options.Create(new InvitationOptions { PublicBaseUrl = "https://console.test/" }),
            notifications ?? new RecordingNotificationSender(), NullLogger<InvitationSender>.Instance);
}
