namespace CalJobsConsole.App.Features.Notifications;

/// <summary>Where a notification's e-mail stands. Stored as a word, for people who query the database.</summary>
public enum EmailDeliveryState
{
    /// <summary>No recipient with an address, or e-mail is off: the in-app messages are the delivery.</summary>
    NotNeeded,

    /// <summary>Stored, not attempted yet.</summary>
    Pending,

    /// <summary>Claimed by one worker, being sent now; if that worker dies, it is due again when its claim lapses.</summary>
    Sending,

    /// <summary>Handed to the transport: never sent again.</summary>
    Sent,

    /// <summary>The last attempt failed; retried at <see cref="Notification.NextAttemptAt"/>.</summary>
    Failed,

    /// <summary>No more attempts: too many failures, or its secret expired or was used first (the reason is the last error).</summary>
    GaveUp,
}
