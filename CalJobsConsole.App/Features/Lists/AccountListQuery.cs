using CalJobsConsole.App.Data;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Accounts.Rules;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Lists;

/// <summary>The accounts list's query parameters as the URL carries them (all text, so a bad value is a note, never a 400).</summary>
public sealed record AccountListFilter(string? Area = null, string? Status = null, string? Renewal = null, string? Deactivation = null,
    string? TempPassword = null, string? Q = null, string? Sort = null, string? Desc = null, string? Page = null, string? Suspension = null)
{
    public string ToQueryString(bool withPage = true) => ListText.QueryString(("area", Area), ("status", Status), ("renewal", Renewal),
        ("deactivation", Deactivation), ("tempPassword", TempPassword), ("suspension", Suspension), ("q", Q), ("sort", Sort), ("desc", Desc),
        ("page", withPage ? Page : null));
}

/// <summary>One account as the list shows and exports it.</summary>
public sealed record AccountListLine
{
    public Guid Id { get; init; }
    public string StaffName { get; init; } = "";
    public string Username { get; init; } = "";
    public string Email { get; init; } = "";
    public string AreaName { get; init; } = "";
    public string OfficeName { get; init; } = "";
    public AccountStatus Status { get; init; }
    public DateOnly RenewalDueOn { get; init; }
    public DateOnly CreatedOn { get; init; }
    public SuspensionCause? SuspensionCause { get; init; }
    public string? SuspensionNote { get; init; }
}

/// <summary>
/// The one place the accounts list is filtered, searched and sorted — in the database — for the page and the CSV export alike.
/// SCO-1: the Operations Unit sees every area; an administrator the areas of their seats (a SPOC only the offices of their
/// coverage); a Director the areas they direct; anyone else is refused.
/// </summary>
public sealed class AccountListQuery
{
    public static readonly string[] Sorts = ["username", "name", "area", "status", "renewal", "created"];
    public static readonly string[] RenewalValues = ["due30", "overdue"];
    public static readonly string[] DeactivationValues = ["scheduled", "late"];
    public static readonly string[] TempPasswordValues = ["waiting"];

    /// <summary>REV-1's two causes: suspended by the Operations Unit, or for an overdue renewal.</summary>
    public static readonly string[] SuspensionValues = ["operations", "overdue"];

    private readonly List<string> _notes = [];

    /// <param name="openOnly">Deactivated accounts left out whatever the filter says (the suspensions desk lists open accounts only).</param>
    public AccountListQuery(AccountListFilter filter, bool openOnly = false)
    {
        OpenOnly = openOnly;
        if (filter.Area is { Length: > 0 })
            AreaId = Guid.TryParse(filter.Area, out var area) ? area : Note<Guid?>($"Unknown area \"{filter.Area}\": every area shown.");
        if (filter.Status is { Length: > 0 })
            Status = Enum.GetNames<AccountStatus>().FirstOrDefault(n => n.Equals(filter.Status, StringComparison.OrdinalIgnoreCase)) is { } name
                ? Enum.Parse<AccountStatus>(name) : Note<AccountStatus?>($"Unknown status \"{filter.Status}\": every status shown.");
        Renewal = Known(filter.Renewal, RenewalValues, "renewal");
        Deactivation = Known(filter.Deactivation, DeactivationValues, "deactivation");
        TempPassword = Known(filter.TempPassword, TempPasswordValues, "temporary password");
        Suspension = Known(filter.Suspension, SuspensionValues, "suspension");
        SearchPattern = ListText.ContainsPattern(filter.Q);
        Sort = Known(filter.Sort, Sorts, "sort") ?? "name";
        Descending = ListText.IsTrue(filter.Desc);
        Page = ListText.PageNumber(filter.Page);
    }

    public Guid? AreaId { get; }
    public AccountStatus? Status { get; }
    public string? Renewal { get; }
    public string? Deactivation { get; }
    public string? TempPassword { get; }
    public string? Suspension { get; }
    public bool OpenOnly { get; }
    public string? SearchPattern { get; }
    public string Sort { get; }
    public bool Descending { get; }
    public int Page { get; }

    /// <summary>What was not understood in the URL and ignored, for the page to say.</summary>
    public IReadOnlyList<string> Notes => _notes;

    public static bool MayList(UserScope scope) => scope.IsOperationsUnit || scope.IsAdministrator || scope.IsDirector;

    /// <summary>SCO-1 for anyone who may not list staff accounts.</summary>
    public static void RequireMayList(UserScope scope) => BusinessRules.Check(new UserMustBeEntitledToListAccountsRule(MayList(scope)));

    /// <summary>The accounts in scope matching the filter, sorted (ties by id, so pages never overlap); SCO-1 for anyone else.</summary>
    public IQueryable<AccountListLine> Build(ConsoleDbContext db, UserScope scope, BusinessClock clock)
    {
        RequireMayList(scope);
        var accounts = InScope(db.StaffAccounts.AsNoTracking(), scope);
        var today = clock.Today;
        if (AreaId is { } areaId)
            accounts = accounts.Where(a => a.AreaId == areaId);
        if (OpenOnly)
            accounts = accounts.Open();
        if (Status is { } status)
            accounts = accounts.Where(a => a.Status == status);
        accounts = Suspension switch
        {
            "operations" => accounts.Where(a => a.SuspensionCause == SuspensionCause.OperationsUnit),
            "overdue" => accounts.Where(a => a.SuspensionCause == SuspensionCause.OverdueRenewal),
            _ => accounts,
        };
        accounts = Renewal switch
        {
            "due30" => accounts.DueForRenewalSoon(today),
            "overdue" => accounts.OverdueForRenewal(today),
            _ => accounts,
        };
        accounts = Deactivation switch
        {
            "scheduled" => accounts.DeactivationScheduled(),
            "late" => accounts.DeactivationLate(today),
            _ => accounts,
        };
        if (TempPassword == "waiting")
            accounts = accounts.TemporaryPasswordWaiting(clock.UtcNow);
        if (SearchPattern is { } pattern)
            accounts = accounts.Where(a => EF.Functions.Like(a.Username.ToLower(), pattern, @"\")
                || EF.Functions.Like(a.Staff.FullName.ToLower(), pattern, @"\") || EF.Functions.Like(a.Staff.Email.ToLower(), pattern, @"\"));
        var lines = accounts.Select(a => new AccountListLine
        {
            Id = a.Id,
            StaffName = a.Staff.FullName,
            Username = a.Username,
            Email = a.Staff.Email,
            AreaName = db.Areas.Where(x => x.Id == a.AreaId).Select(x => x.Name).FirstOrDefault() ?? "",
            OfficeName = db.Offices.Where(o => o.Id == a.OfficeId).Select(o => o.Name).FirstOrDefault() ?? "",
            Status = a.Status,
            RenewalDueOn = a.RenewalDueOn,
            CreatedOn = a.CreatedOn,
            SuspensionCause = a.SuspensionCause,
            SuspensionNote = a.SuspensionNote,
        });
        var sorted = Sort switch
        {
            "username" => Order(lines, l => l.Username),
            "area" => Order(lines, l => l.AreaName),
            "status" => Order(lines, l => l.Status),
            "renewal" => Order(lines, l => l.RenewalDueOn),
            "created" => Order(lines, l => l.CreatedOn),
            _ => Order(lines, l => l.StaffName),
        };
        return sorted.ThenBy(l => l.Id);
    }

    private IOrderedQueryable<AccountListLine> Order<TKey>(IQueryable<AccountListLine> lines, System.Linq.Expressions.Expression<Func<AccountListLine, TKey>> key) =>
        Descending ? lines.OrderByDescending(key) : lines.OrderBy(key);

    /// <summary>SCO-1 in the query: whole areas (seats without office coverage, directed areas), or a SPOC's covered offices.</summary>
    private static IQueryable<StaffAccount> InScope(IQueryable<StaffAccount> accounts, UserScope scope)
    {
        if (scope.IsOperationsUnit)
            return accounts;
        var (wholeAreas, partAreas, coveredOffices) = ListScope.Of(scope, withDirectedAreas: true);
        return accounts.Where(a => wholeAreas.Contains(a.AreaId) || (partAreas.Contains(a.AreaId) && coveredOffices.Contains(a.OfficeId)));
    }

    private string? Known(string? value, string[] allowed, string what)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        return ListText.OneOf(value, allowed) ?? Note<string?>($"Unknown {what} \"{value}\": ignored.");
    }

    private T? Note<T>(string note)
    {
        _notes.Add(note);
        return default;
    }
}
