using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Documents;

namespace CalJobsConsole.Benchmarks;

/// <summary>Who a page is opened as.</summary>
internal enum Viewer
{
    OperationsUnit,
    Administrator,
}

/// <summary>What the pages and their floors need to know about the imported state.</summary>
/// <param name="BiggestAreaId">The area with the most staff accounts (the area overview's and the administrator's).</param>
/// <param name="Today">The business date the floors compare with (renewal due, separation).</param>
internal sealed record PageContext(Guid BiggestAreaId, string BiggestAreaName, DateOnly Today);

/// <summary>
/// One page the benchmark opens: its path, who opens it, the CSS selector that appears only once its data is shown
/// (checked in the page after navigation; several alternatives separated by commas where the page may show an empty
/// state instead), and its floor — the SQL that produces the same data by hand (null: no floor written, only timed).
/// </summary>
/// <param name="AfterChange">
/// Before each visit, a change that can move the page's figures is published on the App's change feed, as any save
/// publishes one: the page is timed as a person sees it just after someone saved something, not as the last reading left it.
/// </param>
internal sealed record PageSpec(string Name, Viewer Viewer, Func<PageContext, string> Path, string DataShown,
    Func<PageContext, IReadOnlyList<string>>? Floor = null, bool Main = false, bool EveryVisit = false, bool AfterChange = false);

/// <summary>
/// The pages measured, the six of issue 17's "Done when" first (<see cref="PageSpec.Main"/>), then the other main pages.
/// The floors are what a page that pages in the database and counts in the database would ask — the first page of 25
/// (<c>ListText.PageSize</c>) for every list — so a page that loads more than it shows has a ratio far above 1.
/// If a page's markup changes, its <see cref="PageSpec.DataShown"/> selector here is what to update.
/// </summary>
internal static class PageCatalogue
{
    /// <summary>"Nothing is loading any more and the page has its heading": the data-shown test of pages without a selector of their own.</summary>
    public const string Settled = "h1";

    private static string Q(Guid id) => $"'{id.ToString().ToUpperInvariant()}'";
    private static string Q(DateOnly date) => $"'{date:yyyy-MM-dd}'";

    public static IReadOnlyList<PageSpec> All { get; } =
    [
        // What every visit runs whatever the page (the cookie check, the password-change gate, the layout's scope and unread
        // count): a page with no data, per viewer. A page's own queries are its visit's less this.
        new("Every visit (a page with no data)", Viewer.OperationsUnit, _ => "/not-found", Settled, EveryVisit: true),
        new("Every visit (administrator)", Viewer.Administrator, _ => "/not-found", Settled, EveryVisit: true),
        new("Operations Unit home", Viewer.OperationsUnit, _ => "/", "[data-testid=area-compliance] tr[data-area]", HomeFloor, Main: true),
        new("Administrator's desk", Viewer.Administrator, _ => "/", "[data-testid=administrator-dashboard] [data-count]", DeskFloor, Main: true),
        // The statewide figures are shared by the pages opening while they hold (ComplianceFiguresCache): the row above is a
        // visit like the one before it; this one reads them again, as the first visit after any save does.
        new("Operations Unit home, just after a change", Viewer.OperationsUnit, _ => "/", "[data-testid=area-compliance] tr[data-area]", HomeFloor,
            Main: true, AfterChange: true),
        new("/accounts", Viewer.OperationsUnit, _ => "/accounts", "tr.account-line, #accounts-count, [data-testid=accounts-count]", AccountsFloor, Main: true),
        new("/inbox", Viewer.OperationsUnit, _ => "/inbox", "#inbox-count", InboxFloor, Main: true),
        new("/suspensions", Viewer.OperationsUnit, _ => "/suspensions", "[data-testid=accounts]", SuspensionsFloor, Main: true),
        new("Area overview (biggest area)", Viewer.OperationsUnit, c => $"/areas/{c.BiggestAreaId}", "[data-testid=seats]", AreaFloor, Main: true),
        new("/inbox (administrator)", Viewer.Administrator, _ => "/inbox", "#inbox-count", AdministratorInboxFloor),
        new("/accounts (administrator)", Viewer.Administrator, _ => "/accounts", "tr.account-line, #accounts-count, [data-testid=accounts-count]"),
        new("/areas", Viewer.OperationsUnit, _ => "/areas", Settled),
        new("/areas/manage", Viewer.OperationsUnit, _ => "/areas/manage", Settled),
        new("/designations", Viewer.OperationsUnit, _ => "/designations", Settled),
        new("/privileges", Viewer.OperationsUnit, _ => "/privileges", Settled),
        new("/escalations", Viewer.OperationsUnit, _ => "/escalations", Settled),
        new("/monitoring", Viewer.OperationsUnit, _ => "/monitoring", Settled),
        new("/notifications", Viewer.OperationsUnit, _ => "/notifications", Settled),
        new("/jobs", Viewer.OperationsUnit, _ => "/jobs", Settled),
        new("/directory", Viewer.OperationsUnit, _ => "/directory", Settled),
        new("/data-changes/queue", Viewer.Administrator, _ => "/data-changes/queue", Settled),
        new("/issues", Viewer.OperationsUnit, _ => "/issues", Settled),
    ];

    /// <summary>
    /// The compliance panels: areas, one aggregate over the accounts by area, the statuses, seats, escalations, the
    /// accounts missing evidence (DOC-1 on the latest creation or renewal act, as <c>CompliancePanelService</c> judges it,
    /// with the required kinds taken from <see cref="EvidenceRequirements"/>) and the latest monitoring review.
    /// </summary>
    private static IReadOnlyList<string> HomeFloor(PageContext c)
    {
        string Required(StaffKind kind) => string.Join(",", EvidenceRequirements.Required(EvidenceMoment.Creation, kind).Select(k => $"'{k}'"));
        var edd = EvidenceRequirements.Required(EvidenceMoment.Creation, StaffKind.Edd).Count;
        var nonEdd = EvidenceRequirements.Required(EvidenceMoment.Creation, StaffKind.NonEdd).Count;
        return
        [
            "SELECT Id, Name, Kind FROM Areas ORDER BY Name",
            $"""
            SELECT AreaId, count(*), sum(Status = 'Active'), sum(Status <> 'Deactivated'),
                   sum(Status <> 'Deactivated' AND RenewalDueOn < {Q(c.Today)}),
                   sum((Status <> 'Deactivated' AND SeparationDate < {Q(c.Today)}) OR DeactivationDaysLate > 0)
            FROM StaffAccounts GROUP BY AreaId
            """,
            "SELECT Status, count(*) FROM StaffAccounts GROUP BY Status",
            "SELECT AreaId, count(*), count(TrainingCompletedOn) FROM AdministratorDesignations WHERE Status = 'Active' GROUP BY AreaId",
            "SELECT AreaId, count(*) FROM Escalations WHERE Status = 'Open' GROUP BY AreaId",
            // Missing evidence = open accounts of the area (the aggregate above) minus those whose latest creation or renewal
            // act has every required document: counted from the acts' side, so every lookup is by primary key or indexed.
            $"""
            SELECT a.AreaId, count(*) FROM (
              SELECT COALESCE(Form_AccountId, CreatedAccountId) AS AccountId, Id, max(FulfilledAt) AS At
              FROM AccessRequests
              WHERE Status = 'Fulfilled' AND Form_Kind IN ('NewAccount', 'AnnualRenewal') AND COALESCE(Form_AccountId, CreatedAccountId) IS NOT NULL
              GROUP BY 1) l
            CROSS JOIN StaffAccounts a ON a.Id = l.AccountId
            WHERE a.Status <> 'Deactivated' AND
              (SELECT count(DISTINCT d.Kind) FROM EvidenceDocuments d WHERE d.RequestId = l.Id
                 AND ((a.StaffKind = 'Edd' AND d.Kind IN ({Required(StaffKind.Edd)})) OR (a.StaffKind <> 'Edd' AND d.Kind IN ({Required(StaffKind.NonEdd)}))))
               >= CASE WHEN a.StaffKind = 'Edd' THEN {edd} ELSE {nonEdd} END
            GROUP BY a.AreaId
            """,
            "SELECT Id, Year, QuarterNumber FROM MonitoringReviews ORDER BY Year DESC, QuarterNumber DESC LIMIT 1",
        ];
    }

    /// <summary>The administrator's dashboard of their seat in the biggest area: its figures as two aggregates and the oldest requests.</summary>
    private static IReadOnlyList<string> DeskFloor(PageContext c)
    {
        var area = Q(c.BiggestAreaId);
        return
        [
            $"SELECT Kind FROM Areas WHERE Id = {area}",
            $"SELECT count(*) FROM AdministratorDesignations WHERE AreaId = {area} AND Status = 'Active'",
            $"SELECT count(*) FROM AccessRequests WHERE Form_AreaId = {area} AND Status = 'Submitted'",
            $"SELECT Id, Form_Staff_FullName, Form_Kind, SubmittedAt FROM AccessRequests WHERE Form_AreaId = {area} AND Status = 'Submitted' ORDER BY SubmittedAt LIMIT 3",
            $"""
            SELECT sum(Status <> 'Deactivated' AND RenewalDueOn >= {Q(c.Today)} AND RenewalDueOn < {Q(c.Today.AddDays(30))}),
                   sum(Status <> 'Deactivated' AND RenewalDueOn < {Q(c.Today)}),
                   sum(Status = 'Suspended'),
                   sum(Status <> 'Deactivated' AND ScheduledDeactivationOn IS NOT NULL),
                   sum((Status <> 'Deactivated' AND SeparationDate < {Q(c.Today)}) OR DeactivationDaysLate > 0),
                   sum(Status <> 'Deactivated' AND TemporaryCredential_IssuedAt IS NOT NULL AND TemporaryCredential_UsedAt IS NULL AND TemporaryCredential_ExpiredAt IS NULL)
            FROM StaffAccounts WHERE AreaId = {area}
            """,
            $"SELECT count(*) FROM Escalations WHERE AreaId = {area} AND Status = 'Open'",
            $"SELECT count(*) FROM MonitoringFindings WHERE AreaId = {area} AND Status = 'DocumentationRequested'",
        ];
    }

    private const string AccountLine = """
        SELECT a.Id, a.Username, a.Staff_FullName, a.Staff_Email, ar.Name, o.Name, a.Status, a.RenewalDueOn, a.CreatedOn
        FROM StaffAccounts a JOIN Areas ar ON ar.Id = a.AreaId LEFT JOIN Offices o ON o.Id = a.OfficeId
        """;

    /// <summary>The accounts list statewide, default sort (name, then id), first page, and its total.</summary>
    private static IReadOnlyList<string> AccountsFloor(PageContext c) =>
    [
        "SELECT count(*) FROM StaffAccounts",
        $"{AccountLine} ORDER BY a.Staff_FullName, a.Id LIMIT 25",
        "SELECT Id, Name FROM Areas ORDER BY Name",
    ];

    private const string InboxLine = """
        SELECT r.Id, r.SubmittedAt, r.Form_Kind, r.Form_Staff_FullName, o.Name, ar.Name, r.Status
        FROM AccessRequests r JOIN Areas ar ON ar.Id = r.Form_AreaId LEFT JOIN Offices o ON o.Id = r.Form_OfficeId
        """;

    /// <summary>The inbox statewide: submitted requests, oldest first, first page, and their total.</summary>
    private static IReadOnlyList<string> InboxFloor(PageContext c) =>
    [
        "SELECT count(*) FROM AccessRequests WHERE Status = 'Submitted'",
        $"{InboxLine} WHERE r.Status = 'Submitted' ORDER BY r.SubmittedAt LIMIT 25",
    ];

    private static IReadOnlyList<string> AdministratorInboxFloor(PageContext c) =>
    [
        $"SELECT count(*) FROM AccessRequests WHERE Status = 'Submitted' AND Form_AreaId = {Q(c.BiggestAreaId)}",
        $"{InboxLine} WHERE r.Status = 'Submitted' AND r.Form_AreaId = {Q(c.BiggestAreaId)} ORDER BY r.SubmittedAt LIMIT 25",
    ];

    /// <summary>
    /// What the desk shows: every active administrator seat (a few hundred) by area, name and id; the areas of its filter; the
    /// open accounts' total and their first page in the desk's default sort (staff name, then id, as the accounts list).
    /// </summary>
    private static IReadOnlyList<string> SuspensionsFloor(PageContext c) =>
    [
        """
        SELECT d.Id, ar.Name, d.Contact_FullName, d.Role, d.SuspendedOn, d.SuspensionReason
        FROM AdministratorDesignations d JOIN Areas ar ON ar.Id = d.AreaId WHERE d.Status = 'Active' ORDER BY ar.Name, d.Contact_FullName, d.Id
        """,
        "SELECT Id, Name FROM Areas ORDER BY Name",
        "SELECT count(*) FROM StaffAccounts WHERE Status <> 'Deactivated'",
        """
        SELECT a.Id, ar.Name, a.Username, a.Staff_FullName, a.Status, a.SuspensionCause, a.SuspensionNote
        FROM StaffAccounts a JOIN Areas ar ON ar.Id = a.AreaId WHERE a.Status <> 'Deactivated' ORDER BY a.Staff_FullName, a.Id LIMIT 25
        """,
    ];

    /// <summary>The area, its seats, its offices with their account counts, the counts by status, and the first page of its accounts.</summary>
    private static IReadOnlyList<string> AreaFloor(PageContext c)
    {
        var area = Q(c.BiggestAreaId);
        return
        [
            $"SELECT Id, Name, Kind, Director_FullName, Director_Email, Director_Phone FROM Areas WHERE Id = {area}",
            $"SELECT Id, SeatNumber, Contact_FullName, Contact_Email, Contact_Phone, TrainingCompletedOn, Coverage FROM AdministratorDesignations WHERE AreaId = {area} AND Status = 'Active' ORDER BY SeatNumber",
            $"""
            SELECT o.Id, o.Name, o.HasTitleIPartner, la.Name, sd.Name, (SELECT count(*) FROM StaffAccounts a WHERE a.AreaId = {area} AND a.OfficeId = o.Id)
            FROM Offices o JOIN Areas la ON la.Id = o.LocalAreaId JOIN Areas sd ON sd.Id = o.ServingDivisionId
            WHERE o.LocalAreaId = {area} OR o.ServingDivisionId = {area} ORDER BY o.Name
            """,
            $"SELECT Status, count(*) FROM StaffAccounts WHERE AreaId = {area} GROUP BY Status",
            $"SELECT a.Id, a.Username, a.Staff_FullName, o.Name, a.Status, a.RenewalDueOn FROM StaffAccounts a LEFT JOIN Offices o ON o.Id = a.OfficeId WHERE a.AreaId = {area} ORDER BY a.Username LIMIT 25",
        ];
    }
}
