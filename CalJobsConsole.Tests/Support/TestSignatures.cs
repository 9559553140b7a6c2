using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Signatures;

namespace CalJobsConsole.Tests.Support;

/// <summary>Signatures for tests that are about something else: each signer types their own name, as the console requires (issue 20).</summary>
public static class TestSignatures
{
    public static Signature By(Guid signerId, AttestationStatement statement, BusinessClock clock, string name = "Test Signer") =>
        Signature.Sign(statement, signerId, name, name, clock);

    public static Signature Requestor(Guid requestorId, BusinessClock clock) => By(requestorId, AttestationStatement.AccessRequest, clock);

    public static Signature Approval(AdministratorActor administrator, BusinessClock clock) =>
        By(administrator.PersonId, AttestationStatement.RequestApproval, clock, administrator.Name);

    public static Signature DataChange(AdministratorActor administrator, BusinessClock clock) =>
        By(administrator.PersonId, AttestationStatement.DataChange, clock, administrator.Name);

    /// <summary>The Director's (or designee's) signature on an Attachment 1; when it was signed does not matter to these tests.</summary>
    public static Signature Designation(Guid signerId) =>
        By(signerId, AttestationStatement.DesignationForm, new BusinessClock(TimeProvider.System));
}
