using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Signatures;

namespace CalJobsConsole.App.Data.Seed;

/// <summary>Requests still open, so that inboxes, the supervisor's view and the Operations Unit's escalations are not empty.</summary>
internal sealed partial class DemoData
{
    private void BuildOpenRequests()
    {
        // Waiting for Golden Sierra's administrators.
        Submit(_riley, NewAccountForm(StaffContact("Avery Chen", StaffKind.NonEdd), StaffKind.NonEdd, _goldenSierra, _auburn,
            DirectivePrivilegeGroups.LwiaIntakeStaff, DaysAgo(1)), DaysAgo(1));
        Submit(_riley, FormFor(_robin, AccessRequestKind.AnnualRenewal, AttestedOn(StaffKind.NonEdd, DaysAgo(6))), DaysAgo(3));

        // Back with the requestor for a correction.
        var returned = Submit(_riley, NewAccountForm(StaffContact("Elliot Fox", StaffKind.NonEdd), StaffKind.NonEdd, _goldenSierra, _placerville,
            DirectivePrivilegeGroups.LwiaPartnerStaff, DaysAgo(4)), DaysAgo(4));
        returned.ReturnForCorrection(_morgan, "The E-1 date on the form does not match the signed Attachment E-1 (it shows a later date). Please correct it.",
            On(DaysAgo(2), 10));

        // Approved, but the ISPA certificate and the signed E-1 are not uploaded yet: creation waits for them (DOC-1).
        var awaitingEvidence = Submit(_riley, NewAccountForm(StaffContact("Skyler Boyd", StaffKind.NonEdd), StaffKind.NonEdd, _goldenSierra, _auburn,
            DirectivePrivilegeGroups.LwiaCboStaff, DaysAgo(5)), DaysAgo(5));
        awaitingEvidence.Approve(_morgan, Approval(_morgan, On(DaysAgo(1), 11)), On(DaysAgo(1), 11), _policy);
        Upload(awaitingEvidence, _morgan, On(DaysAgo(1), 12), DocumentKind.SystemAccessRequestForm);

        // Waiting for the Northern Division's SPOCs; the reset also for the office SPOC who covers Roseville.
        Submit(_quinn, NewAccountForm(StaffContact("Jo Martinez", StaffKind.Edd), StaffKind.Edd, _northern, _roseville,
            DirectivePrivilegeGroups.EddWsbStaff, DaysAgo(2)), DaysAgo(2));
        Submit(_quinn, FormFor(_patOkafor, AccessRequestKind.PasswordReset), Today);

        // Waiting for North Coast's only administrator, who cannot act before training (DES-2).
        Submit(_blair, NewAccountForm(StaffContact("Toni Lee", StaffKind.NonEdd), StaffKind.NonEdd, _northCoast, _eureka,
            DirectivePrivilegeGroups.ViewAccess, DaysAgo(6)), DaysAgo(6));

        // Rejected: history for the supervisor.
        var rejected = Submit(_cam, NewAccountForm(StaffContact("Sasha Ivanova", StaffKind.NonEdd), StaffKind.NonEdd, _capitalRegion, _sacramento,
            DirectivePrivilegeGroups.LwiaPartnerStaff, DaysAgo(20)), DaysAgo(20));
        rejected.Reject(_parker, "Sasha Ivanova already holds an account (sasha.ivanova); ask for a privilege update instead.", On(DaysAgo(19), 10));

        // A restricted privilege: Capital Region's administrator escalates it to the Operations Unit (GRP-3).
        var restricted = Submit(_cam, NewAccountForm(StaffContact("Rene Alvarez", StaffKind.NonEdd), StaffKind.NonEdd, _capitalRegion, _sacramento,
            DirectivePrivilegeGroups.ViewAccessWithReports, DaysAgo(8)), DaysAgo(8));
        restricted.Approve(_parker, Approval(_parker, On(DaysAgo(7), 10)), On(DaysAgo(7), 10), _policy);
        Escalations.Add(Escalation.Raise(restricted, _parker, _catalog.Group(DirectivePrivilegeGroups.ViewAccessWithReports),
            [_catalog.Privilege("SSN_UNMASK")], "Data validation for pseudo-SSN assignment needs unmasked SSNs (DCR-1).", On(DaysAgo(7), 11)));
    }

    /// <summary>The requestor submits <paramref name="form"/> on <paramref name="day"/> at 9 o'clock, or now when the day is today.</summary>
    private AccessRequest Submit(DemoPerson requestor, AccessRequestForm form, DateOnly day)
    {
        var clock = day == Today ? _now : On(day, 9);
        // The requestor's own title and phone, as every request since issue 20 gives them.
        form = form with { RequestorTitle = requestor == _quinn ? "Workforce Services Supervisor" : "Program Supervisor", RequestorPhone = DemoPhone(requestor.FullName) };
        var request = AccessRequest.Submit(requestor.Id, form,
            Signature.Sign(AttestationStatement.AccessRequest, requestor.Id, requestor.FullName, requestor.FullName, clock), clock);
        Requests.Add(request);
        return request;
    }

    /// <summary>The administrator's own signature over the approval statement (REQ-1), typed as their name on record.</summary>
    private static Signature Approval(AdministratorActor administrator, BusinessClock clock) =>
        Signature.Sign(AttestationStatement.RequestApproval, administrator.PersonId, administrator.Name, administrator.Name, clock);
}
