using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.App.Features.Dashboards;

/// <summary>One figure of a dashboard: what it counts, said in words, and the filtered list behind it.</summary>
public sealed record DashboardFigure(string Key, int Count, string Text, string Href);

/// <summary>An open request with its age in days (business calendar), for "oldest first".</summary>
public sealed record OpenRequestAge(Guid RequestId, string StaffName, AccessRequestKind Kind, int AgeDays);

/// <summary>The administrator's desk for one seat (issue 8 item 1): every figure counted in the database, within the seat's coverage.</summary>
public sealed record AdministratorDashboard(Guid AreaId, string AreaName, IReadOnlyList<DashboardFigure> Figures,
    IReadOnlyList<OpenRequestAge> OldestOpenRequests)
{
    public DashboardFigure Figure(string key) => Figures.Single(f => f.Key == key);
}
