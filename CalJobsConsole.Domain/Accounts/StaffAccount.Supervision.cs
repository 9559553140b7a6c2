using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests.Rules;

namespace CalJobsConsole.Domain.Accounts;

/// <summary>Who supervises the account (REQ-2): the requestor who files its requests, reassigned when a supervisor leaves.</summary>
public sealed partial class StaffAccount
{
    /// <summary>
    /// Makes <paramref name="newSupervisorId"/> the account's supervisor: a requestor registered for its office in its area
    /// (<paramref name="registered"/>, REQ-2). A deactivated account keeps the supervisor it had.
    /// </summary>
    public void ReassignSupervisor(Guid newSupervisorId, RequestorMustBeRegisteredForOfficeRule registered)
    {
        if (Status == AccountStatus.Deactivated)
            throw new InvalidInputException(nameof(SupervisorId), "a deactivated account keeps the supervisor it had.");
        if (newSupervisorId == SupervisorId)
            throw new InvalidInputException(nameof(SupervisorId), "this person supervises the account already.");
        CheckRule(registered);
        SupervisorId = Guard.Required(newSupervisorId, nameof(SupervisorId));
    }
}
