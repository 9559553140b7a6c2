using CalJobsConsole.App.Security;

namespace CalJobsConsole.App.Features.Lists;

/// <summary>
/// A user's SCO-1 scope as lists a query can use: areas seen whole, and the areas a SPOC sees only in part with the offices
/// their coverage names. An office belongs to one division, so pooling the covered offices of several seats admits nothing more.
/// </summary>
public static class ListScope
{
    public static (List<Guid> WholeAreas, List<Guid> PartAreas, List<Guid> CoveredOffices) Of(UserScope scope, bool withDirectedAreas)
    {
        var whole = scope.Seats.Where(s => s.Coverage is null || s.Coverage.WholeDivision).Select(s => s.AreaId);
        if (withDirectedAreas)
            whole = whole.Concat(scope.DirectedAreas.Select(a => a.Id));
        var partial = scope.Seats.Where(s => s.Coverage is { WholeDivision: false }).ToList();
        return (whole.Distinct().ToList(), partial.Select(s => s.AreaId).ToList(), partial.SelectMany(s => s.Coverage!.OfficeIds).ToList());
    }
}
