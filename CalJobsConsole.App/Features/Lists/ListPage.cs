using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Lists;

/// <summary>One page of a list: its rows, how many rows the filter matches in all, and what in the URL was ignored.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Lines, int Total, int Page, IReadOnlyList<string> Notes)
{
    public int PageCount => ListPages.Count(Total);

    public static ListPage<T> Empty { get; } = new([], 0, 1, []);

    /// <summary>The same page with its rows built from these (e.g. a page of ids made into the lines shown, in the same order).</summary>
    public ListPage<TLine> With<TLine>(IReadOnlyList<TLine> lines) => new(lines, Total, Page, Notes);
}

/// <summary>The one way a list is paged: the total counted and the page's rows read in the database, never more.</summary>
public static class ListPages
{
    public static int Count(int total) => Math.Max(1, (total + ListText.PageSize - 1) / ListText.PageSize);

    /// <summary>
    /// The <paramref name="requestedPage"/>th page (1-based; the last one if it asks past the end) of an already sorted query —
    /// sorted with a unique tie-breaker, so pages never overlap: a COUNT and one LIMIT/OFFSET select.
    /// </summary>
    public static async Task<ListPage<T>> ToListPageAsync<T>(this IQueryable<T> sorted, int requestedPage, IReadOnlyList<string>? notes = null,
        CancellationToken cancellationToken = default)
    {
        var total = await sorted.CountAsync(cancellationToken);
        var page = Math.Clamp(requestedPage, 1, Count(total));
        var rows = await sorted.Skip((page - 1) * ListText.PageSize).Take(ListText.PageSize).ToListAsync(cancellationToken);
        return new ListPage<T>(rows, total, page, notes ?? []);
    }
}
