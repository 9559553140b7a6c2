using System.Security.Cryptography;
using System.Text;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.App.Features.People;

/// <summary>Where an invitation stands on a given moment.</summary>
public enum InvitationState
{
    Pending,
    Accepted,
    Expired,
    Revoked,
}

/// <summary>
/// A single-use link for a console user the console created (a Director, a designee, an administrator, a requestor, an
/// Operations Unit member) to choose their own password (issue 18). Only the SHA-256 of its token is stored: the link exists
/// in clear only in the message that carries it. A new invitation for the same person revokes the one before, so only the
/// latest link works. Staff accounts do not use this: they keep the directive's temporary password (CRD-1).
/// </summary>
public sealed class Invitation : Entity
{
    public const int TokenBytes = 32;

    private Invitation()
    {
    }

    public Guid UserId { get; private set; }

    /// <summary>Why the person was invited, in words ("Director of Capital Region"): shown on the link's page and in /people.</summary>
    public string Purpose { get; private set; } = "";

    /// <summary>Hex SHA-256 of the token; the token itself is never stored.</summary>
    public string TokenHash { get; private set; } = "";

    public Guid? IssuedById { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>A new invitation and its token (URL-safe base64 of 32 random bytes), which the caller sends and forgets.</summary>
    public static (Invitation Invitation, string Token) Issue(Guid userId, string purpose, Guid? issuedById, DateTimeOffset now, TimeSpan lifetime)
    {
        if (userId == Guid.Empty)
            throw new ArgumentException("An invitation needs the person it is for.", nameof(userId));
        if (lifetime <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(lifetime), "An invitation must be valid for some time.");
        var token = Base64Url(RandomNumberGenerator.GetBytes(TokenBytes));
        return (new Invitation
        {
            UserId = userId,
            Purpose = purpose.Trim(),
            TokenHash = Hash(token),
            IssuedById = issuedById,
            IssuedAt = now,
            ExpiresAt = now + lifetime,
        }, token);
    }

    public InvitationState StateAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationState.Accepted
        : RevokedAt is not null ? InvitationState.Revoked
        : now >= ExpiresAt ? InvitationState.Expired
        : InvitationState.Pending;

    /// <summary>The link was used: it never works again.</summary>
    public void Accept(DateTimeOffset now)
    {
        if (StateAt(now) != InvitationState.Pending)
            throw new InvalidInputException("Token", WhatToDoWhen(StateAt(now)));
        AcceptedAt = now;
    }

    /// <summary>Revoked by the Operations Unit, or replaced by a newer invitation; an accepted one stays accepted.</summary>
    public void Revoke(DateTimeOffset now)
    {
        if (AcceptedAt is null && RevokedAt is null)
            RevokedAt = now;
    }

    /// <summary>What a person holding a link in <paramref name="state"/> reads, and what to do next.</summary>
    public static string WhatToDoWhen(InvitationState state) => state switch
    {
        InvitationState.Accepted => "This invitation was used already: sign in with the password you chose. If you forgot it, ask the Operations Unit to send you a new invitation.",
        InvitationState.Expired => "This invitation has expired. Ask the person who invited you, or the Operations Unit, to send a new one.",
        InvitationState.Revoked => "This invitation was withdrawn or replaced by a newer one. Use the link in the latest invitation you received, or ask the Operations Unit for a new one.",
        _ => "This invitation is waiting to be used.",
    };

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
