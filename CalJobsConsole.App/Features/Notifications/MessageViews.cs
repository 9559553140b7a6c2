namespace CalJobsConsole.App.Features.Notifications;

/// <summary>One line of the user's message list; times in the business time zone.</summary>
public sealed record MessageLine(Guid Id, string Subject, DateTimeOffset CreatedAt, bool IsRead, bool IsCopy, bool HoldsSecret);

/// <summary>What became of a message's secret when it was opened.</summary>
public enum SecretDisplay
{
    /// <summary>The message never carried one.</summary>
    None,

    /// <summary>Shown in this view, and removed from the console in the same call.</summary>
    ShownOnce,

    /// <summary>Already gone: shown before, used, or expired.</summary>
    Removed,
}

/// <summary>A piece of a message body: plain text, or the place of the secret (<see cref="Text"/> is then the secret or the removal note).</summary>
public sealed record MessagePart(string Text, bool IsSecret);

/// <summary>An opened message, its body cut around the secret's place; times in the business time zone.</summary>
public sealed record MessageView(Guid Id, string Kind, string Subject, DateTimeOffset CreatedAt, bool IsCopy, SecretDisplay Secret,
    IReadOnlyList<MessagePart> Parts)
{
    public const string RemovedText = "[temporary password removed — delivered, used or expired]";
    public const string ShownOnceNote = "Shown once: it has now been removed from the console. Note it now, sign in and set your own password.";
}
