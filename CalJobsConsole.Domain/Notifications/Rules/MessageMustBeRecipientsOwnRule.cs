using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Notifications.Rules;

/// <summary>
/// SCO-1 (WSD24-13, Managing CalJOBS Staff Accounts): an in-app message — a temporary password (CRD-1), a renewal reminder, a
/// request's decision — is its recipient's alone. Another person's message, or one that does not exist, is refused in the
/// same words, so the refusal says nothing about it.
/// </summary>
public sealed class MessageMustBeRecipientsOwnRule(bool isRecipient) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !isRecipient;

    public string Reason => "This message is not yours: you see only the messages sent to you.";

    public string Remedy => "Open a message from your own list of messages.";
}
