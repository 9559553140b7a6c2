using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Monitoring;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.App.Data.Seed;

/// <summary>Staff accounts in every lifecycle state, each created from an approved request with its evidence (REQ-1, PRE-1, DOC-1).</summary>
internal sealed partial class DemoData
{
    private DemoPerson _riley = null!, _quinn = null!, _cam = null!, _blair = null!;
    private StaffAccount _robin = null!, _patOkafor = null!;

    private void BuildAccounts()
    {
        _riley = Person(DemoSignIns.Requestor, "Riley Romero", ConsoleRoles.Requestor);
        _quinn = Person("requestor.quinn", "Quinn Alvarez", ConsoleRoles.Requestor);
        _cam = Person("requestor.cam", "Cam Torres", ConsoleRoles.Requestor);
        _blair = Person("requestor.blair", "Blair Lindqvist", ConsoleRoles.Requestor);

        BuildGoldenSierraAccounts();
        BuildDivisionAccounts();

        Activate(OpenAccount("sasha.ivanova", "Sasha Ivanova", StaffKind.NonEdd, _capitalRegion, _sacramento, _cam, _parker,
            DirectivePrivilegeGroups.LwiaPartnerStaff, DaysAgo(200)));
        Activate(OpenAccount("noor.haddad", "Noor Haddad", StaffKind.NonEdd, _capitalRegion, _sacramento, _cam, _parker,
            DirectivePrivilegeGroups.Warn, DaysAgo(30)));
    }

    private void BuildGoldenSierraAccounts()
    {
        // Active, with an extra privilege; the README's staff sign-in.
        Activate(OpenAccount(DemoSignIns.Staff, "Sam Santos", StaffKind.NonEdd, _goldenSierra, _auburn, _riley, _morgan,
            DirectivePrivilegeGroups.LwiaCboStaff, DaysAgo(120), "REPORTS"));

        // Created just now: the temporary password is still valid (CRD-1).
        OpenAccount("jamie.nguyen", "Jamie Nguyen", StaffKind.NonEdd, _goldenSierra, _auburn, _riley, _morgan,
            DirectivePrivilegeGroups.LwiaIntakeStaff, Today);

        // Never renewed: suspended on its due date (REV-1).
        var alex = Activate(OpenAccount("alex.rivera", "Alex Rivera", StaffKind.NonEdd, _goldenSierra, _placerville, _riley, _morgan,
            DirectivePrivilegeGroups.LwiaPartnerStaff, Today.AddYears(-1).AddDays(-10)));
        alex.SuspendForOverdueRenewal(On(alex.RenewalDueOn, 6));

        // Renewed two months ago: due again in about ten months (REN-1).
        var drew = Activate(OpenAccount("drew.kim", "Drew Kim", StaffKind.NonEdd, _goldenSierra, _auburn, _riley, _morgan,
            DirectivePrivilegeGroups.LwiaPartnerSupervisor, DaysAgo(425)));
        var (renewal, renewalEvidence) = ApprovedAct(drew, AccessRequestKind.AnnualRenewal, _riley, _morgan, DaysAgo(68),
            attestations: AttestedOn(StaffKind.NonEdd, DaysAgo(75)));
        drew.Renew(renewal, _morgan, renewalEvidence, On(DaysAgo(68), 13), _policy);

        // Due in 20 days; the renewal request waits in the inbox (see the open requests).
        _robin = Activate(OpenAccount("robin.hayes", "Robin Hayes", StaffKind.NonEdd, _goldenSierra, _placerville, _riley, _morgan,
            DirectivePrivilegeGroups.ViewAccessWithReports, Today.AddYears(-1).AddDays(20)));

        // Deactivated on its separation date: scheduled the day before, carried out by the daily job (DEA-1).
        var taylor = Activate(OpenAccount("taylor.brooks", "Taylor Brooks", StaffKind.NonEdd, _goldenSierra, _auburn, _riley, _morgan,
            DirectivePrivilegeGroups.ViewAccess, DaysAgo(300)));
        var (scheduled, scheduledEvidence) = ApprovedAct(taylor, AccessRequestKind.Deactivation, _riley, _morgan, DaysAgo(61), separation: DaysAgo(60));
        taylor.Deactivate(scheduled, _morgan, scheduledEvidence, On(DaysAgo(61), 13));
        taylor.CarryOutScheduledDeactivation(scheduled, On(DaysAgo(60), 6));

        // Deactivated 12 days after the separation date: allowed, recorded as late (DEA-1).
        var jordan = Activate(OpenAccount("jordan.ellis", "Jordan Ellis", StaffKind.NonEdd, _goldenSierra, _placerville, _riley, _morgan,
            DirectivePrivilegeGroups.LwiaCboStaff, DaysAgo(200)));
        var (late, lateEvidence) = ApprovedAct(jordan, AccessRequestKind.Deactivation, _riley, _morgan, DaysAgo(33), separation: DaysAgo(45));
        jordan.Deactivate(late, _morgan, lateEvidence, On(DaysAgo(33), 13));

        // Deactivated 15 days after the separation date, in the quarter just ended: the quarterly monitoring sample finds it
        // (MON-1, DEA-1) whatever day the demo is seeded on.
        var lastQuarter = Quarter.JustEndedBefore(Today);
        var reese = Activate(OpenAccount("reese.walker", "Reese Walker", StaffKind.NonEdd, _goldenSierra, _placerville, _riley, _morgan,
            DirectivePrivilegeGroups.ViewAccess, lastQuarter.Start.AddDays(-120)));
        var (lateExit, lateExitEvidence) = ApprovedAct(reese, AccessRequestKind.Deactivation, _riley, _morgan, lastQuarter.Start.AddDays(20),
            separation: lastQuarter.Start.AddDays(5));
        reese.Deactivate(lateExit, _morgan, lateExitEvidence, On(lastQuarter.Start.AddDays(20), 13));

        // Leaving in three weeks: the deactivation is scheduled for that day (DEA-1).
        var casey = Activate(OpenAccount("casey.nolan", "Casey Nolan", StaffKind.NonEdd, _goldenSierra, _auburn, _riley, _morgan,
            DirectivePrivilegeGroups.EtplCoordinators, DaysAgo(150)));
        var (leaving, leavingEvidence) = ApprovedAct(casey, AccessRequestKind.Deactivation, _riley, _morgan, DaysAgo(2), separation: Today.AddDays(21));
        casey.Deactivate(leaving, _morgan, leavingEvidence, On(DaysAgo(2), 13));
    }

    private void BuildDivisionAccounts()
    {
        _patOkafor = Activate(OpenAccount("pat.okafor", "Pat Okafor", StaffKind.Edd, _northern, _roseville, _quinn, _sky,
            DirectivePrivilegeGroups.EddWsbStaff, DaysAgo(90)));

        // Never signed in: the temporary password expired after 24 hours (CRD-1); a reset request issues a new one.
        var lee = OpenAccount("lee.park", "Lee Park", StaffKind.Edd, _northern, _ukiah, _quinn, _sky, DirectivePrivilegeGroups.Dvop, DaysAgo(3));
        lee.ExpireTemporaryCredential(On(DaysAgo(2), 11));

        // Suspended by the Operations Unit for using automation against CalJOBS (REV-1).
        var kai = Activate(OpenAccount("kai.reed", "Kai Reed", StaffKind.Edd, _northern, _auburn, _quinn, _sky,
            DirectivePrivilegeGroups.EddWsbSupervisor, DaysAgo(180)));
        kai.SuspendByOperationsUnit("Ran a script that extracted CalJOBS data (Use of Automation); suspended pending review.");

        Activate(OpenAccount("mika.tanaka", "Mika Tanaka", StaffKind.Edd, _central, _elkGrove, _quinn, _jules,
            DirectivePrivilegeGroups.Lver, DaysAgo(45)));
    }

    /// <summary>
    /// The whole way to a new account, as the directive has it: the requestor submits two days before, the administrator
    /// approves the day before, uploads the evidence and creates the account on <paramref name="createdOn"/>.
    /// </summary>
    private StaffAccount OpenAccount(string userName, string fullName, StaffKind kind, Area area, Office office, DemoPerson requestor,
        AdministratorActor administrator, string group, DateOnly createdOn, params string[] extraPrivileges)
    {
        var staff = StaffContact(fullName, kind);
        var request = Submit(requestor, NewAccountForm(staff, kind, area, office, group, createdOn.AddDays(-2)), createdOn.AddDays(-2));
        request.Approve(administrator, Approval(administrator, On(createdOn.AddDays(-1), 14)), On(createdOn.AddDays(-1), 14), _policy);
        var clock = createdOn == Today ? _now : On(createdOn, 10);
        var grant = new NewAccountGrant(request, userName, _catalog.Group(group), extraPrivileges.Select(_catalog.Privilege).ToList(),
            Upload(request, administrator, clock));
        var account = StaffAccount.Create(grant, administrator, clock, _policy);
        Accounts.Add(account);
        Person(userName, fullName, ConsoleRoles.Staff, staff.Email, account.Id);
        return account;
    }

    /// <summary>The staff member's first sign-in with the temporary password and their own new password, that afternoon (CRD-1).</summary>
    private StaffAccount Activate(StaffAccount account)
    {
        var afternoon = On(account.CreatedOn, 15);
        account.SignInWithTemporaryPassword(afternoon);
        account.CompletePasswordChange(afternoon);
        return account;
    }

    /// <summary>A request on an existing account, submitted and approved on <paramref name="day"/>, its evidence uploaded.</summary>
    private (AccessRequest Request, IReadOnlyList<EvidenceDocument> Evidence) ApprovedAct(StaffAccount account, AccessRequestKind kind,
        DemoPerson requestor, AdministratorActor administrator, DateOnly day, Attestations? attestations = null, DateOnly? separation = null)
    {
        var request = Submit(requestor, FormFor(account, kind, attestations, separation), day);
        request.Approve(administrator, Approval(administrator, On(day, 11)), On(day, 11), _policy);
        return (request, Upload(request, administrator, On(day, 12)));
    }

    private AccessRequestForm NewAccountForm(ContactDetails staff, StaffKind kind, Area area, Office office, string group, DateOnly submittedOn)
    {
        var privilegeGroup = _catalog.Group(group);
        return new AccessRequestForm(AccessRequestKind.NewAccount, staff, kind, area.Id, office.Id,
            RequestedGroupId: privilegeGroup.Id,
            Attestations: AttestedOn(kind, submittedOn.AddDays(-20)),
            BusinessNeed: $"Works as {privilegeGroup.Name}: {privilegeGroup.Purpose}",
            RequestorVerifiedAttestations: true,
            RequestorVerifiedBusinessNeed: true,
            StaffJobTitle: JobTitle(kind));
    }

    private static AccessRequestForm FormFor(StaffAccount account, AccessRequestKind kind, Attestations? attestations = null, DateOnly? separation = null) =>
        new(kind, account.Staff, account.StaffKind, account.AreaId, account.OfficeId,
            AccountId: account.Id,
            Attestations: attestations,
            SeparationDate: separation,
            RequestorVerifiedAttestations: true,
            RequestorVerifiedBusinessNeed: true,
            StaffJobTitle: JobTitle(account.StaffKind));

    /// <summary>EDD staff have a state address; partners and contractors (non-EDD) their own organisation's.</summary>
    private static ContactDetails StaffContact(string fullName, StaffKind kind) =>
        ContactDetails.Create(fullName, fullName.ToLowerInvariant().Replace(' ', '.') + (kind == StaffKind.Edd ? "@edd.example.ca.gov" : "@partner.example.org"),
            DemoPhone(fullName));

    /// <summary>The staff member's job title as the demo's requests give it: an EDD classification, or a partner's usual one.</summary>
    private static string JobTitle(StaffKind kind) => kind == StaffKind.Edd ? "Employment Program Representative" : "Career Coach";

    /// <summary>A fictional work phone (555-01xx numbers are reserved for fiction), the same for a name on every seeding.</summary>
    private static string DemoPhone(string fullName) => $"916-555-01{fullName.Sum(c => c) % 90 + 10:00}";
}
