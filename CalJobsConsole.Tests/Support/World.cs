using CalJobsConsole.Domain.Signatures;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.Tests.Support;

/// <summary>
/// A small, fully built state for domain tests: one Local Area and one field division (each with its Director
/// or Division Chief), two offices, the privilege catalogue, and a trained MIS Administrator and SPOC.
/// Today is 2026-03-16 in California unless a test moves the clock.
/// </summary>
public sealed class World
{
    public static readonly DateOnly StartDate = new(2026, 3, 16);

    public World(DateOnly? today = null)
    {
        Clock = new TestClock(today ?? StartDate);
        LocalArea = Area.Create("Golden Sierra", AreaKind.LocalArea);
        LocalArea.AppointDirector(LocalDirectorId, Contact("Dana Director"));
        Division = Area.Create("WSB Northern Division", AreaKind.FieldDivision);
        Division.AppointDirector(DivisionChiefId, Contact("Chris Chief"));
        OtherLocalArea = Area.Create("Sacramento", AreaKind.LocalArea);
        OtherLocalArea.AppointDirector(Guid.NewGuid(), Contact("Sam Other"));

        PartnerOffice = Office.Open("Auburn AJCC", LocalArea, Division, hasTitleIPartner: true);
        WsbOnlyOffice = Office.Open("Roseville EDD Office", LocalArea, Division, hasTitleIPartner: false);
        OtherOffice = Office.Open("Sacramento Works", OtherLocalArea, Division, hasTitleIPartner: true);

        Privileges =
        [
            global::CalJobsConsole.Domain.Privileges.Privilege.Create("CASE_NOTES", "Case notes", isRestricted: false),
            global::CalJobsConsole.Domain.Privileges.Privilege.Create("REPORTS", "Run reports", isRestricted: false),
            global::CalJobsConsole.Domain.Privileges.Privilege.Create("SSN_UNMASK", "View unmasked SSN", isRestricted: true),
            global::CalJobsConsole.Domain.Privileges.Privilege.Create("MERGE_ACCOUNTS", "Merge individual accounts", isRestricted: true),
        ];
        Groups = [.. DirectivePrivilegeGroups.Create(), PrivilegeGroup.CreateOperationsUnitGroup("State Monitor", "State monitoring staff")];
        Catalog = new PrivilegeCatalog(Groups, Privileges);

        MisAdministrator = Designate(LocalArea, "Morgan MIS", trained: true);
        Spoc = Designate(Division, "Sky SPOC", trained: true);
    }

    public static readonly Guid LocalDirectorId = Guid.NewGuid();
    public static readonly Guid DivisionChiefId = Guid.NewGuid();
    public static readonly Guid OperationsUnitUserId = Guid.NewGuid();

    public TestClock Clock { get; }

    public BusinessClock Business => Clock.Business;

    public AttestationPolicy Policy { get; } = AttestationPolicy.Default;

    public Area LocalArea { get; }

    public Area Division { get; }

    public Area OtherLocalArea { get; }

    public Office PartnerOffice { get; }

    public Office WsbOnlyOffice { get; }

    public Office OtherOffice { get; }

    public IReadOnlyList<Privilege> Privileges { get; }

    public IReadOnlyList<PrivilegeGroup> Groups { get; }

    public PrivilegeCatalog Catalog { get; }

    public AdministratorActor MisAdministrator { get; }

    public AdministratorActor Spoc { get; }

    public Guid RequestorId { get; } = Guid.NewGuid();

    public PrivilegeGroup Group(string name) => Catalog.Group(name);

    public Privilege Privilege(string code) => Catalog.Privilege(code);

    /// <summary>A work phone every test contact shares: the forms of issue 20 ask for one.</summary>
    public const string Phone = "916-555-0100";

    public static ContactDetails Contact(string name) =>
        ContactDetails.Create(name, name.ToLowerInvariant().Replace(' ', '.') + "@example.ca.gov", Phone);

    /// <summary>Attachment 1's particulars for an addition or a change of contact signed today: title, organisation, effective today, no username.</summary>
    public DesignationParticulars Particulars(string? calJobsUsername = null) =>
        new("Workforce Services Manager", "Golden Sierra Job Training Agency", calJobsUsername, Clock.Today);

    /// <summary>Designates a new person in <paramref name="area"/> by a form the area's Director signs, optionally trained.</summary>
    public AdministratorActor Designate(Area area, string name, bool trained, SpocCoverage? coverage = null)
    {
        var personId = Guid.NewGuid();
        var designation = area.Designate(personId, Contact(name), area.DirectorId!.Value, Clock.Today, OperationsUnitUserId, coverage);
        if (trained)
            area.RecordTraining(designation.Id, Clock.Today, Clock.Today);
        return area.ActorFor(personId)!;
    }

    /// <summary>Attestations signed <paramref name="daysAgo"/> days before today, of the statement the staff kind requires.</summary>
    public Attestations CurrentAttestations(StaffKind staffKind, int daysAgo = 30) =>
        new(Clock.Today.AddDays(-daysAgo), ConfidentialityStatement.Signed(staffKind.RequiredStatement(), Clock.Today.AddDays(-daysAgo)));

    /// <summary>A complete new-account form for LWIA staff in the Local Area (or WSB staff in the division).</summary>
    public AccessRequestForm NewAccountForm(StaffKind staffKind = StaffKind.NonEdd, string? group = null, Attestations? attestations = null,
        bool wsb = false) =>
        new(AccessRequestKind.NewAccount, Contact("Pat Staff"), staffKind,
            wsb ? Division.Id : LocalArea.Id, wsb ? WsbOnlyOffice.Id : PartnerOffice.Id,
            RequestedGroupId: Group(group ?? (wsb ? DirectivePrivilegeGroups.EddWsbStaff : DirectivePrivilegeGroups.LwiaCboStaff)).Id,
            Attestations: attestations ?? CurrentAttestations(staffKind),
            BusinessNeed: "Case management for WIOA Title I participants.",
            RequestorVerifiedAttestations: true,
            RequestorVerifiedBusinessNeed: true,
            StaffJobTitle: "Career Coach",
            RequestorTitle: RequestorTitle,
            RequestorPhone: RequestorPhone);

    public const string RequestorTitle = "Program Supervisor";
    public const string RequestorPhone = "530-555-0150";

    public AccessRequest Submit(AccessRequestForm form) =>
        AccessRequest.Submit(RequestorId, form, TestSignatures.By(RequestorId, AttestationStatement.AccessRequest, Business, "Riley Requestor"), Business);

    /// <summary>A submitted and approved request, approved by the administrator of its area.</summary>
    public AccessRequest Approved(AccessRequestForm form, AdministratorActor? administrator = null)
    {
        var request = Submit(form);
        request.Approve(administrator ?? AdministratorFor(form), TestSignatures.Approval(administrator ?? AdministratorFor(form), Business), Business, Policy);
        return request;
    }

    public AdministratorActor AdministratorFor(AccessRequestForm form) => form.AreaId == Division.Id ? Spoc : MisAdministrator;

    /// <summary>An evidence document of <paramref name="kind"/> uploaded for <paramref name="request"/>.</summary>
    public EvidenceDocument Evidence(AccessRequest request, DocumentKind kind) =>
        EvidenceDocument.Upload(request.Id, kind, $"{kind}.pdf", EvidenceFileType.Pdf, new string('a', 63) + (int)kind,
            1024, MisAdministrator.PersonId, Business);

    /// <summary>Every document the evidence table requires for the request's act and the staff member's kind.</summary>
    public IReadOnlyList<EvidenceDocument> FullEvidence(AccessRequest request) =>
        EvidenceRequirements.Required(EvidenceMoments.For(request.Kind), request.Form.StaffKind).Select(k => Evidence(request, k)).ToList();

    /// <summary>An account created the whole way: request submitted, approved, evidence uploaded, created by its administrator.</summary>
    public StaffAccount CreateAccount(StaffKind staffKind = StaffKind.NonEdd, bool wsb = false)
    {
        var request = Approved(NewAccountForm(staffKind, wsb: wsb));
        var grant = new NewAccountGrant(request, "pat.staff" + Guid.NewGuid().ToString("N")[..6], Catalog.Groups.Single(g => g.Id == request.Form.RequestedGroupId),
            [], FullEvidence(request));
        return StaffAccount.Create(grant, AdministratorFor(request.Form), Business, Policy);
    }

    /// <summary>A form for an act on an existing account (reset, update, renewal, deactivation), complete for its kind.</summary>
    public AccessRequestForm FormFor(StaffAccount account, AccessRequestKind kind, Attestations? attestations = null,
        DateOnly? separationDate = null, string? group = null) =>
        new(kind, account.Staff, account.StaffKind, account.AreaId, account.OfficeId,
            AccountId: account.Id,
            RequestedGroupId: kind == AccessRequestKind.PrivilegeUpdate ? Group(group ?? DirectivePrivilegeGroups.ViewAccess).Id : null,
            Attestations: kind == AccessRequestKind.AnnualRenewal ? attestations ?? CurrentAttestations(account.StaffKind, daysAgo: 5) : attestations,
            SeparationDate: kind == AccessRequestKind.Deactivation ? separationDate ?? Clock.Today : separationDate,
            RequestorVerifiedAttestations: true,
            RequestorVerifiedBusinessNeed: true,
            StaffJobTitle: "Career Coach",
            RequestorTitle: RequestorTitle,
            RequestorPhone: RequestorPhone);
}
