using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Designations;

/// <summary>
/// The Operations Unit's register of every area's administrator seats, where it records each administrator's
/// training (DES-2): until then the administrator holds the seat but every administrative action is refused.
/// </summary>
public sealed class DesignationRegisterService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock)
{
    public async Task<IReadOnlyList<SeatLine>> SeatsAsync(CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var areas = await db.AreasWithActiveDesignations(tracking: false)
            .OrderBy(a => a.Kind).ThenBy(a => a.Name).ToListAsync(cancellationToken);
        return areas.SelectMany(DesignationFormService.Seats).ToList();
    }

    /// <summary>DES-2: the Operations Unit records an administrator's training; the Operations Unit's act alone.</summary>
    public Task<ActOutcome> RecordTrainingAsync(Guid designationId, DateOnly completedOn, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var areaId = await db.Designations.Where(d => d.Id == designationId).Select(d => (Guid?)d.AreaId).SingleOrDefaultAsync(cancellationToken)
                ?? throw new InvalidInputException("DesignationId", "no such designation.");
            var area = (await db.AreaWithActiveDesignationsAsync(areaId, cancellationToken: cancellationToken))!;
            var before = area.Designations.SingleOrDefault(d => d.Id == designationId)?.TrainingCompletedOn;
            area.RecordTraining(designationId, completedOn, clock.Today);
            db.Audit(clock, scope.UserId, "Designation.TrainingRecorded", nameof(AdministratorDesignation), designationId, areaId,
                new { TrainingCompletedOn = before }, new { TrainingCompletedOn = completedOn });
            await db.SaveChangesAsync(cancellationToken);
        });
}
