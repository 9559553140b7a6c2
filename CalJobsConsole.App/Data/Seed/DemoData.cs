using System.Security.Cryptography;
using System.Text;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.App.Data.Seed;

/// <summary>
/// A representative demo state, built in memory through the domain's factories and methods only, dated relative to
/// today: the privilege catalogue, Local Areas and field divisions with their Directors, offices and administrators,
/// and staff accounts in every lifecycle state with the requests and evidence behind them. The seeder saves it.
/// </summary>
internal sealed partial class DemoData
{
    private readonly BusinessClock _now;
    private readonly AttestationPolicy _policy;

    private DemoData(BusinessClock clock, AttestationPolicy policy)
    {
        // One instant for everything that happens "now", so the demo history is consistent.
        _now = new BusinessClock(new FixedTimeProvider(clock.UtcNow), clock.Zone);
        _policy = policy;
    }

    public List<DemoPerson> People { get; } = [];

    public List<Privilege> Privileges { get; } = [];

    public List<PrivilegeGroup> PrivilegeGroups { get; } = [];

    public List<Area> Areas { get; } = [];

    public List<Office> Offices { get; } = [];

    public List<AccessRequest> Requests { get; } = [];

    public List<EvidenceDocument> Evidence { get; } = [];

    public List<StaffAccount> Accounts { get; } = [];

    public List<Escalation> Escalations { get; } = [];

    public List<RequestorRegistration> RequestorRegistrations { get; } = [];

    public static DemoData Build(BusinessClock clock, AttestationPolicy policy)
    {
        var data = new DemoData(clock, policy);
        data.BuildCatalogue();
        data.BuildAreas();
        data.BuildAccounts();
        data.BuildOpenRequests();
        data.BuildVosGreeter();
        data.BuildNotices();
        data.BuildIssueReports();
        data.BuildDataChanges();
        data.BuildRequestorRegistrations();
        return data;
    }

    /// <summary>
    /// REQ-2: each demo requestor is registered, by the Operations Unit a year ago, for every office of each area they filed or
    /// supervise in — and for the field division serving those offices, for WSB staff there — so the demo's requestors file as before.
    /// </summary>
    private void BuildRequestorRegistrations()
    {
        var requestors = People.Where(p => p.Role == Security.ConsoleRoles.Requestor).Select(p => p.Id).ToHashSet();
        var areasOf = Requests.Select(r => (Person: r.RequestorId, r.AreaId)).Concat(Accounts.Select(a => (Person: a.SupervisorId, a.AreaId)))
            .Where(x => requestors.Contains(x.Person)).Distinct().ToList();
        var registeredAt = On(Today.AddYears(-1), 9).UtcNow;
        foreach (var (person, areaId) in areasOf)
        {
            var area = Areas.Single(a => a.Id == areaId);
            foreach (var office in Offices.Where(o => o.LocalAreaId == areaId || o.ServingDivisionId == areaId))
            {
                Register(person, area, office);
                if (office.LocalAreaId == areaId)
                    Register(person, Areas.Single(a => a.Id == office.ServingDivisionId), office);
            }
        }

        void Register(Guid person, Area area, Office office)
        {
            if (!RequestorRegistrations.Any(r => r.PersonId == person && r.AreaId == area.Id && r.OfficeId == office.Id))
                RequestorRegistrations.Add(RequestorRegistration.Register(area, office, person, _operationsUnit.Id, registeredAt));
        }
    }

    private DateOnly Today => _now.Today;

    private DateOnly DaysAgo(int days) => Today.AddDays(-days);

    /// <summary>A clock stopped on <paramref name="day"/> at <paramref name="hour"/> o'clock in the business time zone.</summary>
    private BusinessClock On(DateOnly day, int hour = 10)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Unspecified);
        var utc = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, _now.Zone), TimeSpan.Zero);
        return new BusinessClock(new FixedTimeProvider(utc), _now.Zone);
    }

    private DemoPerson Person(string userName, string fullName, string? role, string? email = null, Guid? id = null)
    {
        var person = new DemoPerson(id ?? Guid.CreateVersion7(), userName, fullName, email ?? $"{userName}@example.ca.gov", role);
        People.Add(person);
        return person;
    }

    /// <summary>ISPA training and the confidentiality statement the staff kind requires, both on <paramref name="on"/>.</summary>
    private static Attestations AttestedOn(StaffKind kind, DateOnly on) =>
        new(on, ConfidentialityStatement.Signed(kind.RequiredStatement(), on));

    /// <summary>Uploads every document DOC-1 asks for the request's act (or only <paramref name="only"/>), with a stand-in SHA-256.</summary>
    private IReadOnlyList<EvidenceDocument> Upload(AccessRequest request, AdministratorActor administrator, BusinessClock clock,
        params DocumentKind[] only)
    {
        var kinds = only.Length > 0 ? only : EvidenceRequirements.Required(EvidenceMoments.For(request.Kind), request.Form.StaffKind);
        var documents = kinds.Select(kind => EvidenceDocument.Upload(request.Id, kind, FileNameOf(kind), EvidenceFileType.Pdf,
            FakeSha256(request.Id, kind), 150_000 + 1_000 * (int)kind, administrator.PersonId, clock)).ToList();
        Evidence.AddRange(documents);
        return documents;
    }

    private static string FileNameOf(DocumentKind kind) => kind switch
    {
        DocumentKind.SystemAccessRequestForm => "attachment-3-system-access-request.pdf",
        DocumentKind.IspaCertificate => "ispa-training-certificate.pdf",
        _ => "attachment-e1-signed.pdf",
    };

    /// <summary>No file is stored for demo evidence; the hash only has to look like one and differ per document.</summary>
    private static string FakeSha256(Guid requestId, DocumentKind kind) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"demo/{requestId}/{kind}")));
}
