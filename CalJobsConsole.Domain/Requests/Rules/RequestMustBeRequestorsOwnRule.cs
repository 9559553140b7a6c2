using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Requests.Rules;

/// <summary>
/// SCO-1 (WSD24-13, Managing CalJOBS Staff Accounts; Attachment 3): a requestor sees and corrects the requests they submitted
/// themselves; another's request — or one that does not exist — is refused in the same words.
/// </summary>
public sealed class RequestMustBeRequestorsOwnRule(bool own) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !own;

    public string Reason => "This request is not one you submitted.";

    public string Remedy => "Open your own requests from \"My requests\".";
}
