using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Directory;

/// <summary>
/// Who to contact in each area: its active MIS Administrators or SPOCs. Everyone signed in sees it, since the
/// directive routes all contact with the Operations Unit through them (ISS-1); ended designations never show.
/// </summary>
public sealed class DirectoryService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes)
{
    /// <summary>Every area with its active administrators, narrowed to those matching <paramref name="search"/> (area, person, e-mail or office).</summary>
    public async Task<IReadOnlyList<DirectoryArea>> SearchAsync(string? search = null, CancellationToken cancellationToken = default)
    {
        await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var areas = await db.AreasWithActiveDesignations(tracking: false).ToListAsync(cancellationToken);
        var officeNames = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var term = search?.Trim() ?? "";
        // Ordered here: the database holds the kind as a word, and Local Areas come first.
        return areas.OrderBy(a => a.Kind).ThenBy(a => a.Name)
            .Select(a => new DirectoryArea(a.Id, a.Name, a.Kind, a.ActiveDesignations.OrderBy(d => d.SeatNumber)
                .Select(d => new DirectoryContact(d.Contact.FullName, d.Contact.Email, d.Contact.Phone, CoverageLabel(d.Coverage, officeNames)))
                .ToList()))
            .Select(a => Narrow(a, term))
            .OfType<DirectoryArea>()
            .ToList();
    }

    /// <summary>The whole area when its name matches; otherwise only its matching contacts, or nothing.</summary>
    private static DirectoryArea? Narrow(DirectoryArea area, string term)
    {
        if (term.Length == 0 || Matches(area.Name, term))
            return area;
        var contacts = area.Contacts.Where(c => Matches(c.Name, term) || Matches(c.Email, term) || Matches(c.Coverage, term)).ToList();
        return contacts.Count == 0 ? null : area with { Contacts = contacts };
    }

    private static bool Matches(string text, string term) => text.Contains(term, StringComparison.OrdinalIgnoreCase);

    private static string CoverageLabel(SpocCoverage? coverage, IReadOnlyDictionary<Guid, string> officeNames) => coverage switch
    {
        null => "Whole Local Area",
        { WholeDivision: true } => "Whole division",
        _ => string.Join(", ", coverage.OfficeIds.Select(id => officeNames.GetValueOrDefault(id, "")).Where(n => n.Length > 0).Order()),
    };
}
