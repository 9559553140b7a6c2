using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.People;

/// <summary>An invitation staged with the change that made it, to send once that change is saved. Holds the token: never log it.</summary>
public sealed record PendingInvitation(Guid UserId, string FullName, string Email, string Purpose, string Token, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"Invitation for {UserId}, expires {ExpiresAt:u}";
}

/// <summary>What the invitation page shows for a link.</summary>
public sealed record InvitationView(InvitationState State, string FullName, string UserName, string Purpose, DateTimeOffset ExpiresAt);

/// <summary>The outcome of choosing a password through an invitation: the person to sign in, or what went wrong and what to do.</summary>
public sealed record InvitationAcceptance(ConsoleUser? User, IReadOnlyList<string> Errors)
{
    public bool Succeeded => User is not null;
}

/// <summary>
/// The invited person's side of an invitation (issue 18): what a link holds, and choosing a password with it. Every console user
/// the console creates gets a single-use link, valid <see cref="InvitationOptions.LifetimeHours"/>, stored only as a hash
/// (<see cref="InvitationSender"/> makes and sends it; the Operations Unit sends a new one or withdraws it on /people).
/// </summary>
public sealed class InvitationService(IDbContextFactory<ConsoleDbContext> contexts, BusinessClock clock, UserManager<ConsoleUser> users,
    ILogger<InvitationService> logger)
{
    /// <summary>The invitation a link holds, for its page; null when the link holds none.</summary>
    public async Task<InvitationView?> ReadAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token))
            return null;
        var hash = Invitation.Hash(token.Trim());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await (from invitation in db.Invitations.AsNoTracking()
                           join user in db.Users on invitation.UserId equals user.Id
                           where invitation.TokenHash == hash
                           select new { invitation, user.FullName, user.UserName }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null
            : new InvitationView(found.invitation.StateAt(clock.UtcNow), found.FullName, found.UserName ?? "", found.invitation.Purpose, found.invitation.ExpiresAt);
    }

    /// <summary>
    /// Sets the person's password under Identity's rules and uses up the link. The link is claimed in one conditional update, so
    /// two submissions of one link set one password; a password Identity refuses leaves the link unused.
    /// </summary>
    public async Task<InvitationAcceptance> AcceptAsync(string? token, string password, CancellationToken cancellationToken = default)
    {
        if (await ReadAsync(token, cancellationToken) is not { } view)
            return Refused("This link is not a valid invitation. Check that you opened the whole link from the e-mail, or ask the Operations Unit for a new invitation.");
        if (view.State != InvitationState.Pending)
            return Refused(Invitation.WhatToDoWhen(view.State));
        var hash = Invitation.Hash(token!.Trim());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var invitation = await db.Invitations.AsNoTracking().SingleAsync(i => i.TokenHash == hash, cancellationToken);
        var user = await users.FindByIdAsync(invitation.UserId.ToString());
        if (user is null)
            return Refused("The person this invitation was for no longer exists. Ask the Operations Unit.");
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
            problems.AddRange((await validator.ValidateAsync(users, user, password)).Errors.Select(e => e.Description));
        if (problems.Count > 0)
            return new InvitationAcceptance(null, problems);
        var now = clock.UtcNow;
        var claimed = await db.Invitations
            .Where(i => i.Id == invitation.Id && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, now), cancellationToken);
        if (claimed == 0)
            return Refused(Invitation.WhatToDoWhen((await ReadAsync(token, cancellationToken))?.State ?? InvitationState.Revoked));
        if (await users.HasPasswordAsync(user))
            Check(await users.RemovePasswordAsync(user));
        Check(await users.AddPasswordAsync(user, password));
        user.EmailConfirmed = true;
        user.LastSignInAt = now; // the page signs them in next
        // Failed sign-ins start counting afresh; a lock stays as it is (the Operations Unit's lock withdraws open invitations,
        // and a link must never undo it).
        user.AccessFailedCount = 0;
        Check(await users.UpdateAsync(user));
        db.Audit(clock, user.Id, "invitation.accepted", nameof(Invitation), invitation.Id, null, null, new { invitation.UserId, AcceptedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Invitation {InvitationId} used by {UserId}.", invitation.Id, user.Id);
        return new InvitationAcceptance(user, []);
    }

    private static InvitationAcceptance Refused(string message) => new(null, [message]);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Setting the invited person's password failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
    }
}
