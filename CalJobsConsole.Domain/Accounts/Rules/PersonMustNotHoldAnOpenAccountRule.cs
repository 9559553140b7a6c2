using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Accounts.Rules;

/// <summary>
/// REQ-1 (WSD24-13, Create New CalJOBS Staff User Account; Maintenance): a new-account request is for someone without a
/// CalJOBS staff account. A person who still holds one (not deactivated) has it changed by a maintenance request — a
/// privilege update — rather than getting a second. A rehire whose earlier account was deactivated gets a new one, kept
/// with the old under the same person.
/// </summary>
public sealed class PersonMustNotHoldAnOpenAccountRule(string staffName, string? openAccountUsername) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Req1;

    public bool IsBroken() => openAccountUsername is not null;

    public string Reason => $"{staffName} already holds the CalJOBS staff account {openAccountUsername}, which is not deactivated: one person holds one open account.";

    public string Remedy => $"Ask their requestor for a privilege update of {openAccountUsername} instead (or to deactivate it first, if the new account replaces it).";
}
