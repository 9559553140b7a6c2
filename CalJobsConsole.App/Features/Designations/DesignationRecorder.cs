using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Designations;

/// <summary>
/// Saves changes to an area's administrator seats so that CAP-1 holds under concurrent writers: the domain picks
/// the lowest free seat, the database's unique active-seat index refuses a seat someone else took a moment earlier,
/// and the loser retries with the next free seat until the area is full — then CAP-1.
/// </summary>
public sealed class DesignationRecorder(IDbContextFactory<ConsoleDbContext> contexts)
{
    /// <summary>Records a signed "add" designation form directly (DES-1, CAP-1).</summary>
    public Task<AdministratorDesignation> RecordAdditionAsync(Guid areaId, Guid personId, ContactDetails contact,
        Guid signedById, DateOnly signedOn, Guid recordedById, SpocCoverage? coverage = null, CancellationToken cancellationToken = default) =>
        SaveSeatChangeAsync(areaId, (_, area) =>
            Task.FromResult(area.Designate(personId, contact, signedById, signedOn, recordedById, coverage)), cancellationToken);

    /// <summary>
    /// Loads the area (its active designations and designees) in a fresh context, lets <paramref name="change"/> apply a
    /// seat change and add whatever must be saved with it (a form's status, roles, audit records), then saves — again
    /// from a fresh read when another writer took the seat first.
    /// </summary>
    public async Task<T> SaveSeatChangeAsync<T>(Guid areaId, Func<ConsoleDbContext, Area, Task<T>> change, CancellationToken cancellationToken = default)
    {
        // Every lost race means another writer took a seat, so after cap + 1 attempts the area is full.
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var area = await db.AreasWithActiveDesignations().Include(a => a.Designees)
                .SingleOrDefaultAsync(a => a.Id == areaId, cancellationToken)
                ?? throw new InvalidInputException("AreaId", "no such area.");
            var result = await change(db, area);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateException ex) when (SeatConflict.IsSeatTaken(ex) && attempt <= area.AdministratorCap)
            {
                // Someone took this seat first: read the area again and take the next free one.
            }
            catch (DbUpdateException ex) when (SeatConflict.IsSeatTaken(ex) || SeatConflict.IsBeyondCap(ex))
            {
                throw new BusinessRuleViolationException(BrokenRule.From(
                    new AreaMustHaveFreeAdministratorSeatRule(area.Name, area.Kind, area.AdministratorCap)));
            }
            catch (DbUpdateException ex) when (SeatConflict.IsPersonAlreadyDesignated(ex))
            {
                throw new BusinessRuleViolationException(BrokenRule.From(new PersonMustNotBeDesignatedAlreadyRule(area, "This person", true)));
            }
        }
    }
}
