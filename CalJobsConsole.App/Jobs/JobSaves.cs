using CalJobsConsole.App.Data;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Jobs;

/// <summary>
/// A job and a person may change the same record at once (the overdue suspension and a renewal, the expiry and a password
/// reset). A job saves each record's change on its own, and a lost race (<see cref="Versioning"/>) is not a failure: the
/// person's change stands, the job's is dropped, and the next run reads the record afresh.
/// </summary>
public static class JobSaves
{
    /// <summary>
    /// Saves what the job changed about one record; false, with every pending change of this context dropped, when someone
    /// else changed the record after the job read it.
    /// </summary>
    public static async Task<bool> SaveOrSkipAsync(this ConsoleDbContext db, ILogger logger, string record, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList())
                entry.State = EntityState.Detached;
            logger.LogInformation("{Record} {Id} changed while the job ran: skipped, the other change stands.", record, id);
            return false;
        }
    }
}
