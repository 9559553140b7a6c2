using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.People;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Designations;

/// <summary>
/// A Local Area Director or Division Chief names and withdraws the designees who may sign designation forms for
/// their area (DES-1). Only the area's Director, holding the Director role now, may do it.
/// </summary>
public sealed class DesigneeService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock,
    InvitationSender invitations)
{
    /// <summary>The areas the signed-in user directs; refused with DES-1 for anyone who directs none.</summary>
    public async Task<IReadOnlyList<AreaReference>> DirectedAreasAsync(CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        BusinessRules.Check(new PersonMustDirectAnAreaRule(scope.IsDirector));
        return scope.DirectedAreas;
    }

    public async Task<IReadOnlyList<DesigneeLine>> ListAsync(Guid areaId, CancellationToken cancellationToken = default)
    {
        await RequireDirectorAsync(areaId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var area = await LoadAsync(db, areaId, cancellationToken);
        return area.Designees.OrderByDescending(d => d.IsCurrentOn(clock.Today)).ThenBy(d => d.Contact.FullName)
            .Select(d => new DesigneeLine(d.Id, d.Contact.FullName, d.Contact.Email, d.NamedOn, d.EndsOn, d.WithdrawnOn, d.IsCurrentOn(clock.Today)))
            .ToList();
    }

    /// <summary>Names a designee (a console user found by e-mail, or added without a password), with an optional end date.</summary>
    /// <remarks>The Director's own act, not an administrator's: DES-1 decides who names designees, not the administrative gate.</remarks>
    public Task<ActOutcome> NameAsync(Guid areaId, DesigneeModel model, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var directorId = await RequireDirectorAsync(areaId, cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var area = await LoadAsync(db, areaId, cancellationToken);
            var contact = ContactDetails.Create(model.FullName, model.Email);
            var user = await ConsoleUserDirectory.FindOrAddAsync(db, contact, cancellationToken);
            var designee = area.NameDesignee(directorId, user.Id, contact, clock.Today,
                model.EndsOn is { } end ? DateOnly.FromDateTime(end) : null);
            db.Audit(clock, directorId, "Designee.Named", nameof(Designee), designee.Id, areaId, null,
                new { designee.PersonId, contact.FullName, contact.Email, designee.NamedOn, designee.EndsOn });
            var invitation = await invitations.StageAsync(db, user, $"designee who signs designation forms for {area.Name}", directorId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await invitations.SendAsync(invitation, cancellationToken);
        });

    /// <summary>Withdraws a designee from the day on; as naming, the Director's own act (DES-1).</summary>
    public Task<ActOutcome> WithdrawAsync(Guid areaId, Guid designeeId, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var directorId = await RequireDirectorAsync(areaId, cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var area = await LoadAsync(db, areaId, cancellationToken);
            area.WithdrawDesignee(directorId, designeeId, clock.Today);
            db.Audit(clock, directorId, "Designee.Withdrawn", nameof(Designee), designeeId, areaId, null, new { WithdrawnOn = clock.Today });
            await db.SaveChangesAsync(cancellationToken);
        });

    /// <summary>The signed-in Director of <paramref name="areaId"/>, holding the Director role now; DES-1 for anyone else.</summary>
    private async Task<Guid> RequireDirectorAsync(Guid areaId, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        if (scope.DirectedAreas.Any(a => a.Id == areaId))
            return scope.UserId;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var area = await LoadAsync(db, areaId, cancellationToken);
        throw new BusinessRuleViolationException(BrokenRule.From(new OnlyDirectorMayNameDesigneesRule(area, Guid.Empty)));
    }

    private static async Task<Area> LoadAsync(ConsoleDbContext db, Guid areaId, CancellationToken cancellationToken) =>
        await db.Areas.Include(a => a.Designees).SingleOrDefaultAsync(a => a.Id == areaId, cancellationToken)
        ?? throw new InvalidInputException("AreaId", "no such area.");
}
