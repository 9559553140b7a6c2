using CalJobsConsole.App.Data;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Inbox;

/// <summary>The inbox's query parameters as the URL carries them; no status means "Submitted", <c>status=all</c> every status.</summary>
public sealed record InboxFilter(string? Status = null, string? Kind = null, string? Area = null, string? Q = null, string? Sort = null,
    string? Desc = null, string? Page = null, string? Escalation = null)
{
    public const string AnyStatus = "all";

    /// <summary><c>escalation=open</c>: only requests with an escalation waiting for the Operations Unit (GRP-3).</summary>
    public const string OpenEscalation = "open";

    public string ToQueryString(bool withPage = true) => ListText.QueryString(("status", Status), ("kind", Kind), ("area", Area), ("q", Q),
        ("escalation", Escalation), ("sort", Sort), ("desc", Desc), ("page", withPage ? Page : null));
}

/// <summary>
/// The one place the inbox is filtered, searched and sorted — in the database — for the page, the service and the CSV export.
/// SCO-1: an administrator sees the requests of their seats (a SPOC only the offices of their coverage); the Operations Unit
/// sees every area; anyone else is refused.
/// </summary>
public sealed class InboxListQuery
{
    public static readonly string[] Sorts = ["submitted", "kind", "status", "name", "area"];

    private readonly List<string> _notes = [];

    public InboxListQuery(InboxFilter filter)
    {
        if (string.IsNullOrEmpty(filter.Status))
            Status = AccessRequestStatus.Submitted;
        else if (!filter.Status.Equals(InboxFilter.AnyStatus, StringComparison.OrdinalIgnoreCase))
            Status = Parse<AccessRequestStatus>(filter.Status, "status");
        if (!string.IsNullOrEmpty(filter.Kind))
            Kind = Parse<AccessRequestKind>(filter.Kind, "kind");
        if (!string.IsNullOrEmpty(filter.Area))
        {
            if (Guid.TryParse(filter.Area, out var area))
                AreaId = area;
            else
                _notes.Add($"Unknown area \"{filter.Area}\": every area shown.");
        }
        if (!string.IsNullOrEmpty(filter.Escalation))
        {
            if (filter.Escalation.Equals(InboxFilter.OpenEscalation, StringComparison.OrdinalIgnoreCase))
                OpenEscalationOnly = true;
            else
                _notes.Add($"Unknown escalation \"{filter.Escalation}\": every request shown.");
        }
        SearchPattern = ListText.ContainsPattern(filter.Q);
        Sort = ListText.OneOf(filter.Sort, Sorts) ?? "submitted";
        if (!string.IsNullOrEmpty(filter.Sort) && ListText.OneOf(filter.Sort, Sorts) is null)
            _notes.Add($"Unknown sort \"{filter.Sort}\": sorted by submission.");
        Descending = ListText.IsTrue(filter.Desc);
        Page = ListText.PageNumber(filter.Page);
    }

    public AccessRequestStatus? Status { get; }
    public AccessRequestKind? Kind { get; }
    public Guid? AreaId { get; }
    public bool OpenEscalationOnly { get; }
    public string? SearchPattern { get; }
    public string Sort { get; }
    public bool Descending { get; }
    public int Page { get; }

    public IReadOnlyList<string> Notes => _notes;

    public static bool MayList(UserScope scope) => scope.IsOperationsUnit || scope.IsAdministrator;

    /// <summary>The requests in scope matching the filter, sorted (ties by id); SCO-1 for anyone else.</summary>
    public IQueryable<InboxLine> Build(ConsoleDbContext db, UserScope scope)
    {
        if (!scope.IsOperationsUnit)
            RequestActor.RequireAdministrator(scope);
        var requests = db.AccessRequests.AsNoTracking();
        if (!scope.IsOperationsUnit)
        {
            var (wholeAreas, partAreas, coveredOffices) = ListScope.Of(scope, withDirectedAreas: false);
            requests = requests.Where(r => wholeAreas.Contains(r.Form.AreaId)
                || (partAreas.Contains(r.Form.AreaId) && coveredOffices.Contains(r.Form.OfficeId)));
        }
        if (Status is { } status)
            requests = requests.Where(r => r.Status == status);
        if (Kind is { } kind)
            requests = requests.Where(r => r.Form.Kind == kind);
        if (AreaId is { } areaId)
            requests = requests.Where(r => r.Form.AreaId == areaId);
        if (OpenEscalationOnly)
            requests = requests.Where(r => db.Escalations.Any(e => e.RequestId == r.Id && e.Status == EscalationStatus.Open));
        if (SearchPattern is { } pattern)
            requests = requests.Where(r => EF.Functions.Like(r.Form.Staff.FullName.ToLower(), pattern, @"\")
                || EF.Functions.Like(r.Form.Staff.Email.ToLower(), pattern, @"\"));
        var rows = requests.Select(r => new Row
        {
            Id = r.Id,
            Kind = r.Form.Kind,
            StaffName = r.Form.Staff.FullName,
            StaffEmail = r.Form.Staff.Email,
            OfficeName = db.Offices.Where(o => o.Id == r.Form.OfficeId).Select(o => o.Name).FirstOrDefault() ?? "",
            AreaName = db.Areas.Where(a => a.Id == r.Form.AreaId).Select(a => a.Name).FirstOrDefault() ?? "",
            Status = r.Status,
            SubmittedAt = r.SubmittedAt,
        });
        var sorted = Sort switch
        {
            "kind" => Order(rows, r => r.Kind),
            "status" => Order(rows, r => r.Status),
            "name" => Order(rows, r => r.StaffName),
            "area" => Order(rows, r => r.AreaName),
            _ => Order(rows, r => r.SubmittedAt),
        };
        return sorted.ThenBy(r => r.Id)
            .Select(r => new InboxLine(r.Id, r.Kind, r.StaffName, r.OfficeName, r.AreaName, r.Status, r.SubmittedAt) { StaffEmail = r.StaffEmail });
    }

    private IOrderedQueryable<Row> Order<TKey>(IQueryable<Row> rows, System.Linq.Expressions.Expression<Func<Row, TKey>> key) =>
        Descending ? rows.OrderByDescending(key) : rows.OrderBy(key);

    private T? Parse<T>(string value, string what) where T : struct, Enum
    {
        if (Enum.GetNames<T>().FirstOrDefault(n => n.Equals(value, StringComparison.OrdinalIgnoreCase)) is { } name)
            return Enum.Parse<T>(name);
        _notes.Add($"Unknown {what} \"{value}\": every {what} shown.");
        return null;
    }

    /// <summary>A request as the query sorts it: member-initialised, so the database can order by any of its columns.</summary>
    private sealed class Row
    {
        public Guid Id { get; init; }
        public AccessRequestKind Kind { get; init; }
        public string StaffName { get; init; } = "";
        public string StaffEmail { get; init; } = "";
        public string OfficeName { get; init; } = "";
        public string AreaName { get; init; } = "";
        public AccessRequestStatus Status { get; init; }
        public DateTimeOffset SubmittedAt { get; init; }
    }
}
