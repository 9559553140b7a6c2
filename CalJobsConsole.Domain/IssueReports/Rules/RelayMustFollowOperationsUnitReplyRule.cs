using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.IssueReports.Rules;

/// <summary>
/// ISS-1 (WSD24-13, Reporting CalJOBS System Issues): the Operations Unit answers the administrator, who relays what it says to
/// the staff member — so a relay follows a reply of the Operations Unit on this report, once.
/// </summary>
public sealed class RelayMustFollowOperationsUnitReplyRule(IssueMessage? reply, bool alreadyRelayed) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Iss1;

    public bool IsBroken() => reply is not { Kind: IssueMessageKind.OperationsUnitReply } || alreadyRelayed;

    public string Reason => alreadyRelayed
        ? "This reply of the Operations Unit was already relayed to the staff member."
        : "There is no reply of the Operations Unit on this report to relay.";

    public string Remedy => "Relay a reply of the Operations Unit that the staff member has not been sent yet; reload the report.";
}
