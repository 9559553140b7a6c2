using CalJobsConsole.Domain.Areas;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Data.Reads;

/// <summary>The area as the domain needs it for seat work (CAP-1, DES-1/2, REV-1): with its active designations and nothing else.</summary>
public static class AreaReads
{
    /// <summary>Areas with their active designations loaded, tracked (to change them) unless <paramref name="tracking"/> is false.</summary>
    public static IQueryable<Area> AreasWithActiveDesignations(this ConsoleDbContext db, bool tracking = true)
    {
        var areas = db.Areas.Include(a => a.Designations.Where(d => d.Status == DesignationStatus.Active));
        return tracking ? areas : areas.AsNoTracking();
    }

    /// <summary>One area with its active designations, or null when there is no such area.</summary>
    public static Task<Area?> AreaWithActiveDesignationsAsync(this ConsoleDbContext db, Guid areaId, bool tracking = true,
        CancellationToken cancellationToken = default) =>
        db.AreasWithActiveDesignations(tracking).SingleOrDefaultAsync(a => a.Id == areaId, cancellationToken);
}
