using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Access.Rules;

/// <summary>
/// SCO-1 with REQ-1's requestor (WSD24-13, Create New CalJOBS Staff User Account): "the staff member's supervisor" asks for
/// an account, so only a person who holds the Requestor role (a manager or supervisor) files or follows System Access Requests.
/// </summary>
public sealed class UserMustBeRequestorRule(bool isRequestor, string work) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Sco1;

    public bool IsBroken() => !isRequestor;

    /// <param name="work">What only a requestor does, e.g. "submits System Access Requests".</param>
    public string Reason => $"Only a requestor (a manager or supervisor) {work}.";

    public string Remedy => "Ask the staff member's manager or supervisor.";
}
