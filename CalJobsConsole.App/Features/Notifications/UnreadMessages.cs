namespace CalJobsConsole.App.Features.Notifications;

/// <summary>
/// Tells the in-app bell of this circuit that the user's unread count may have changed (a message was just opened), so it
/// reads the count again at once instead of at the next navigation.
/// </summary>
public sealed class UnreadMessages
{
    public event Action? Changed;

    public void NotifyChanged() => Changed?.Invoke();
}
