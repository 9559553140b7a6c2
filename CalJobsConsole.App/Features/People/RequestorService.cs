using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.People;

public sealed record RequestorArea(Guid Id, string Name);

public sealed record RequestorOffice(Guid Id, string Name);

/// <summary>One registered requestor of an area: the offices they may file for now.</summary>
public sealed record RequestorLine(Guid PersonId, string FullName, string? Email, IReadOnlyList<string> Offices, DateTimeOffset RegisteredAt,
    bool HasPassword);

public sealed record AreaRequestors(RequestorArea Area, IReadOnlyList<RequestorOffice> Offices, IReadOnlyList<RequestorLine> Requestors);

/// <summary>
/// REQ-2: an area's administrators (and the Operations Unit) register the managers and supervisors who may request accounts for
/// the area — one registration per office they supervise — and end registrations. Registering gives the Requestor role (and, to
/// a person new to the console, an invitation); ending the last registration anywhere takes the role away at once. Acts pass the
/// administrative gate (SCO-1, DES-2, REV-1); every change is audited.
/// </summary>
public sealed class RequestorService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock,
    InvitationSender invitations)
{
    /// <summary>The areas whose requestors the signed-in user manages: their seats' areas; every area for the Operations Unit.</summary>
    public async Task<IReadOnlyList<RequestorArea>> AreasAsync(CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        if (!scope.IsOperationsUnit)
            return scope.Seats.Select(s => new RequestorArea(s.AreaId, s.AreaName)).DistinctBy(a => a.Id).OrderBy(a => a.Name).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Areas.AsNoTracking().OrderBy(a => a.Name).Select(a => new RequestorArea(a.Id, a.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>The area's offices and its current requestors (SCO-1: the Operations Unit, the area's administrators and Director).</summary>
    public async Task<AreaRequestors> ListAsync(Guid areaId, CancellationToken cancellationToken = default)
    {
        await scopes.RequireAreaAsync(areaId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var area = await db.Areas.AsNoTracking().Where(a => a.Id == areaId).Select(a => new RequestorArea(a.Id, a.Name)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidInputException("AreaId", "there is no such area.");
        var offices = await db.Offices.AsNoTracking().Where(o => o.LocalAreaId == areaId || o.ServingDivisionId == areaId).OrderBy(o => o.Name)
            .Select(o => new RequestorOffice(o.Id, o.Name)).ToListAsync(cancellationToken);
        var rows = await (from r in db.RequestorRegistrations
                          join u in db.Users on r.PersonId equals u.Id
                          join o in db.Offices on r.OfficeId equals o.Id
                          where r.AreaId == areaId && r.EndedAt == null
                          select new { r.PersonId, u.FullName, u.Email, Office = o.Name, r.RegisteredAt, HasPassword = u.PasswordHash != null })
            .ToListAsync(cancellationToken);
        var requestors = rows.GroupBy(r => r.PersonId)
            .Select(g => new RequestorLine(g.Key, g.First().FullName, g.First().Email, g.Select(r => r.Office).Order().ToList(), g.Min(r => r.RegisteredAt),
                g.First().HasPassword))
            .OrderBy(r => r.FullName).ToList();
        return new AreaRequestors(area, offices, requestors);
    }

    /// <summary>
    /// Registers a manager or supervisor (found by e-mail, or added and invited) as a requestor for the chosen offices of the area;
    /// offices they are registered for already stay as they are.
    /// </summary>
    public Task<ActOutcome> RegisterAsync(Guid areaId, RequestorForm form, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var actor = await scopes.ActAsAdministratorOrOperationsUnitAsync(areaId, null, cancellationToken, "registers requestors");
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var area = await db.Areas.SingleOrDefaultAsync(a => a.Id == areaId, cancellationToken)
                ?? throw new InvalidInputException("AreaId", "there is no such area.");
            var officeIds = form.OfficeIds.Distinct().ToList();
            if (officeIds.Count == 0)
                throw new InvalidInputException("OfficeIds", "choose at least one office they supervise.");
            var offices = await db.Offices.Where(o => officeIds.Contains(o.Id)).ToListAsync(cancellationToken);
            if (offices.Count != officeIds.Count)
                throw new InvalidInputException("OfficeIds", "one of the chosen offices does not exist.");
            var user = await ConsoleUserDirectory.FindOrAddAsync(db, ContactDetails.Create(form.FullName, form.Email), cancellationToken);
            var already = await db.RequestorRegistrations.Where(r => r.PersonId == user.Id && r.AreaId == areaId && r.EndedAt == null)
                .Select(r => r.OfficeId).ToListAsync(cancellationToken);
            var now = clock.UtcNow;
            foreach (var office in offices.Where(o => !already.Contains(o.Id)))
            {
                var registration = RequestorRegistration.Register(area, office, user.Id, actor.UserId, now);
                db.RequestorRegistrations.Add(registration);
                db.Audit(clock, actor.UserId, "requestor.registered", nameof(RequestorRegistration), registration.Id, areaId, null,
                    new { registration.PersonId, user.FullName, user.Email, Office = office.Name });
            }
            await ConsoleUserDirectory.GrantRoleAsync(db, user.Id, ConsoleRoles.Requestor, cancellationToken);
            var invitation = await invitations.StageAsync(db, user, $"requestor for {area.Name}", actor.UserId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await invitations.SendAsync(invitation, cancellationToken);
        });

    /// <summary>
    /// Ends every registration of the person in the area; with none left anywhere, the Requestor role goes too, at once (their next
    /// action is refused; their open pages end at the next revalidation).
    /// </summary>
    public Task<ActOutcome> EndAsync(Guid areaId, Guid personId, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var actor = await scopes.ActAsAdministratorOrOperationsUnitAsync(areaId, null, cancellationToken, "ends requestors' registrations");
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var registrations = await db.RequestorRegistrations.Where(r => r.PersonId == personId && r.AreaId == areaId && r.EndedAt == null)
                .ToListAsync(cancellationToken);
            if (registrations.Count == 0)
                throw new InvalidInputException("PersonId", "this person is not a registered requestor of the area.");
            var now = clock.UtcNow;
            foreach (var registration in registrations)
            {
                registration.End(actor.UserId, now);
                db.Audit(clock, actor.UserId, "requestor.ended", nameof(RequestorRegistration), registration.Id, areaId, null,
                    new { registration.PersonId, registration.OfficeId, registration.EndedAt });
            }
            var endedIds = registrations.Select(r => r.Id).ToList();
            if (!await db.RequestorRegistrations.AnyAsync(r => r.PersonId == personId && r.EndedAt == null && !endedIds.Contains(r.Id), cancellationToken))
            {
                await ConsoleUserDirectory.RevokeRoleAsync(db, personId, ConsoleRoles.Requestor, cancellationToken);
                await PeopleService.EndSessionsIfNoRoleLeftAsync(db, personId, ConsoleRoles.Requestor, cancellationToken);
                db.Audit(clock, actor.UserId, "role.removed", nameof(ConsoleUser), personId, areaId, new { Role = ConsoleRoles.Requestor }, null);
            }
            await db.SaveChangesAsync(cancellationToken);
        });
}
