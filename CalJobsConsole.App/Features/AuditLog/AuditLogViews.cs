namespace CalJobsConsole.App.Features.AuditLog;

/// <summary>
/// What the audit search filters on, as the page's query string and the CSV link carry it: who (a name, e-mail or username
/// the actor's holds; "system" for background jobs), what (an action), the area, and the business dates from and to (inclusive).
/// </summary>
public sealed record AuditFilter(string? Who = null, string? Action = null, Guid? AreaId = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>One audit record as the search shows it: names and words, the states as recorded.</summary>
public sealed record AuditLine(long Id, DateTimeOffset At, string AtText, string Actor, string Action, string ActionLabel, string EntityType,
    Guid EntityId, string? Area, Guid? RequestId, string? Before, string? After);

/// <summary>A page of records, newest first, with how many the filter matches in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditLine> Lines, int Total, int PageIndex)
{
    public const int PageSize = 25;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The filter's choices: every action recorded, every area.</summary>
public sealed record AuditFilterOptions(IReadOnlyList<AuditActionOption> Actions, IReadOnlyList<AuditAreaOption> Areas);

public sealed record AuditActionOption(string Action, string Label);

public sealed record AuditAreaOption(Guid Id, string Name);
