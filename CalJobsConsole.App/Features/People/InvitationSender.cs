using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Features.People;

/// <summary>
/// Makes and sends invitations for the acts that create or appoint people (issue 18): staged in the act's own unit of work,
/// sent once it is saved. The link's address is <see cref="InvitationOptions.PublicBaseUrl"/>, else the one the inviter's browser uses.
/// </summary>
public sealed class InvitationSender(BusinessClock clock, IOptions<InvitationOptions> options, INotificationSender notifications,
    ILogger<InvitationSender> logger, NavigationManager? navigation = null)
{
    public const string NotificationKind = "invitation";

    public const string AcceptPath = "/Account/Invitation";

    private const string DefaultBaseUrl = "http://localhost:5080/";

    /// <summary>
    /// Adds an invitation for <paramref name="user"/> to <paramref name="db"/> (saved by the caller with the change that created
    /// or appointed them), replacing any earlier one. Nothing for a person who already chose a password, unless
    /// <paramref name="evenWithPassword"/> (a resend, which lets them choose a new one).
    /// </summary>
    public async Task<PendingInvitation?> StageAsync(ConsoleDbContext db, ConsoleUser user, string purpose, Guid? issuedById,
        CancellationToken cancellationToken, bool evenWithPassword = false)
    {
        if (user.PasswordHash is not null && !evenWithPassword)
            return null;
        var now = clock.UtcNow;
        foreach (var earlier in await db.Invitations.Where(i => i.UserId == user.Id && i.AcceptedAt == null && i.RevokedAt == null).ToListAsync(cancellationToken))
            earlier.Revoke(now);
        var (invitation, token) = Invitation.Issue(user.Id, purpose, issuedById, now, options.Value.Lifetime);
        db.Invitations.Add(invitation);
        db.Audit(clock, issuedById, "invitation.issued", nameof(Invitation), invitation.Id, null, null,
            new { invitation.UserId, invitation.Purpose, invitation.ExpiresAt });
        return new PendingInvitation(user.Id, user.FullName, user.Email ?? "", invitation.Purpose, token, invitation.ExpiresAt);
    }

    /// <summary>After the save: the invitation's e-mail (the link is the message's secret, kept encrypted only until sent). Never throws.</summary>
    public async Task SendAsync(PendingInvitation? pending, CancellationToken cancellationToken = default)
    {
        if (pending is null)
            return;
        var link = LinkFor(pending.Token);
        var body = string.Join('\n',
            $"Hello {pending.FullName},",
            "",
            $"You have been invited to the CalJOBS Console: {pending.Purpose}.",
            "Open this link to choose your own password. It works once, and only until " +
                $"{TimeZoneInfo.ConvertTime(pending.ExpiresAt, clock.Zone):MMMM d, yyyy h:mm tt} (Pacific time):",
            OutgoingNotification.SecretPlaceholder,
            "",
            "If you did not expect this invitation, do not open the link; tell the Operations Unit.");
        // E-mail only: the person cannot sign in to read an in-app message before they have a password.
        await notifications.SendAfterSaveAsync(new OutgoingNotification(NotificationKind, "Your invitation to the CalJOBS Console", body,
            [new NotificationRecipient(pending.FullName, pending.Email, null)], [], Secret: link), logger, cancellationToken);
    }

    /// <summary>The link for <paramref name="token"/>: the configured public address, else the one the inviter's browser uses.</summary>
    public string LinkFor(string token)
    {
        var configured = options.Value.PublicBaseUrl;
        string baseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
            baseUrl = configured;
        else
        {
            try
            {
                baseUrl = navigation?.BaseUri ?? DefaultBaseUrl;
            }
            catch (InvalidOperationException)
            {
                baseUrl = DefaultBaseUrl; // not in a circuit or a request (a job)
            }
        }
        return $"{baseUrl.TrimEnd('/')}{AcceptPath}?token={Uri.EscapeDataString(token)}";
    }


}
