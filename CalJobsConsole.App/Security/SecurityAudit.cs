using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Security;

/// <summary>
/// What the audit trail records besides the changes themselves (issue 21, NIST SP 800-53 AC-2(4), AU-2, AU-10): sign-ins, failed
/// sign-ins, sign-outs, password changes (and wrong current passwords), refused authorizations, downloads of evidence, screenshots
/// and PDF records, CSV exports, and a temporary password shown to its issuer. Each is one audit record written at once in its own
/// unit of work (a download changes nothing else), in UTC, never with a password or other secret; user text (a typed username, a
/// path) goes into the record's JSON, encoded, so it cannot forge another entry.
/// </summary>
public sealed class SecurityAudit(IDbContextFactory<ConsoleDbContext> contexts, BusinessClock clock, ILogger<SecurityAudit> logger)
{
    /// <summary>The entity type of records about a person's sign-in (the Identity user).</summary>
    public const string UserEntity = "ConsoleUser";

    public static class Actions
    {
        public const string SignedIn = "Security.SignedIn";
        public const string SignInFailed = "Security.SignInFailed";
        public const string SignedOut = "Security.SignedOut";
        public const string PasswordChanged = "Security.PasswordChanged";
        public const string PasswordChangeFailed = "Security.PasswordChangeFailed";
        public const string AuthorizationRefused = "Security.AuthorizationRefused";
        public const string Downloaded = "Security.Downloaded";
        public const string Exported = "Security.Exported";
        public const string TemporaryPasswordRevealed = "StaffAccount.TemporaryPasswordRevealed";
    }

    /// <summary>Longest user-typed text kept (a username typed at sign-in): enough to tell attempts apart, never a pasted essay.</summary>
    public const int TypedTextLimit = 100;

    public Task SignedInAsync(Guid userId, string? address, CancellationToken cancellationToken = default) =>
        WriteAsync(userId, Actions.SignedIn, UserEntity, userId, null, new { Address = address }, cancellationToken);

    /// <summary>
    /// A failed sign-in: the username as typed (clipped, never the password), the user it named if any, and whether the account is
    /// now locked out.
    /// </summary>
    public Task SignInFailedAsync(string typedUsername, Guid? userId, bool lockedOut, string? address, CancellationToken cancellationToken = default) =>
        WriteAsync(null, Actions.SignInFailed, UserEntity, userId ?? Guid.Empty, null,
            new { Username = Clip(typedUsername), KnownUser = userId is not null, LockedOut = lockedOut, Address = address }, cancellationToken);

    public Task SignedOutAsync(Guid userId, string? address, CancellationToken cancellationToken = default) =>
        WriteAsync(userId, Actions.SignedOut, UserEntity, userId, null, new { Address = address, EveryOpenSessionEnded = true }, cancellationToken);

    public Task PasswordChangedAsync(Guid userId, bool temporaryReplaced, CancellationToken cancellationToken = default) =>
        WriteAsync(userId, Actions.PasswordChanged, UserEntity, userId, null, new { TemporaryPasswordReplaced = temporaryReplaced }, cancellationToken);

    /// <summary>A wrong current password on the change-password page; counted towards the lockout like a failed sign-in.</summary>
    public Task PasswordChangeFailedAsync(Guid userId, bool lockedOut, CancellationToken cancellationToken = default) =>
        WriteAsync(userId, Actions.PasswordChangeFailed, UserEntity, userId, null, new { Reason = "wrong current password", LockedOut = lockedOut },
            cancellationToken);

    /// <summary>
    /// A request the console refused for who made it: <paramref name="path"/> (without its query), and why, when known. An endpoint
    /// records its own (<see cref="ForbiddenAsync"/>); a refusal inside a circuit — a feature service refusing with SCO-1, DES-2 or
    /// REV-1, shown on the page — is recorded by the gate that refused it (<see cref="ScopeService"/>, issue 21), with the page's path.
    /// </summary>
    public Task AuthorizationRefusedAsync(Guid? userId, string path, string reason, CancellationToken cancellationToken = default) =>
        WriteAsync(userId, Actions.AuthorizationRefused, UserEntity, userId ?? Guid.Empty, null, new { Path = Clip(path), Reason = reason },
            cancellationToken);

    /// <summary>A file handed out: <paramref name="what"/> ("evidence", "screenshot", "form record") with its record's id and area.</summary>
    public Task DownloadedAsync(Guid userId, string what, Guid recordId, Guid? areaId, string? fileName, CancellationToken cancellationToken = default) =>
        WriteAsync(userId, Actions.Downloaded, what, recordId, areaId, new { What = what, FileName = fileName is null ? null : Clip(fileName) },
            cancellationToken);

    /// <summary>A CSV export: which list, with the filter as asked (query string, clipped).</summary>
    public Task ExportedAsync(Guid userId, string list, string? filter, CancellationToken cancellationToken = default) =>
        WriteAsync(userId, Actions.Exported, "List", Guid.Empty, null, new { List = list, Filter = filter is null ? null : Clip(filter) },
            cancellationToken);

    /// <summary>Records the refusal of <paramref name="http"/>'s request and answers 403.</summary>
    public async Task<IResult> ForbiddenAsync(HttpContext http, string reason)
    {
        await AuthorizationRefusedAsync(CurrentUser.IdOf(http.User), http.Request.Path, reason, http.RequestAborted);
        return Results.StatusCode(StatusCodes.Status403Forbidden);
    }

    private static string Clip(string text) => text.Length <= TypedTextLimit ? text : text[..TypedTextLimit] + "…";

    private async Task WriteAsync(Guid? actorId, string action, string entityType, Guid entityId, Guid? areaId, object detail,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Audit(clock, actorId, action, entityType, entityId, areaId, null, detail);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Audit: {Action} by {ActorId} on {EntityType} {EntityId}.", action, actorId, entityType, entityId);
    }
}
