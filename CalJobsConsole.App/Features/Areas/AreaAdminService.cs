using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.App.Features.People;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Areas;

/// <summary>
/// The Operations Unit's desk for areas and offices: every method asks the scope service first (SCO-1: the Operations
/// Unit's acts alone), changes the aggregate through its own methods, and audits the change in the same SaveChanges.
/// Acts return an <see cref="ActOutcome"/>; reads throw their refusal for the page to wrap.
/// </summary>
public sealed class AreaAdminService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock,
    InvitationSender invitations)
{
    public async Task<AreaDesk> GetDeskAsync(CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var areas = (await db.Areas.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(a => a.Kind).ThenBy(a => a.Name).ToList();
        var names = areas.ToDictionary(a => a.Id, a => a.Name);
        var offices = await db.Offices.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
        return new AreaDesk(
            areas.Select(a => new AreaRow(a.Id, a.Name, a.Kind, a.DirectorId, a.Director?.FullName)).ToList(),
            offices.Select(o => new OfficeRow(o.Id, o.Name, o.LocalAreaId, names.GetValueOrDefault(o.LocalAreaId, ""),
                o.ServingDivisionId, names.GetValueOrDefault(o.ServingDivisionId, ""), o.HasTitleIPartner)).ToList());
    }

    /// <summary>The area's form as it stands, to edit.</summary>
    public async Task<AreaForm> GetAreaFormAsync(Guid areaId, CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var area = await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == areaId, cancellationToken)
            ?? throw new InvalidInputException("AreaId", "there is no such area.");
        return new AreaForm { Name = area.Name, Kind = area.Kind, DirectorId = area.DirectorId };
    }

    /// <summary>The office's form as it stands, to edit.</summary>
    public async Task<OfficeForm> GetOfficeFormAsync(Guid officeId, CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var office = await db.Offices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == officeId, cancellationToken)
            ?? throw new InvalidInputException("OfficeId", "there is no such office.");
        return new OfficeForm { Name = office.Name, LocalAreaId = office.LocalAreaId, ServingDivisionId = office.ServingDivisionId,
            HasTitleIPartner = office.HasTitleIPartner };
    }

    /// <summary>The console users the Operations Unit may appoint as a Director or Division Chief.</summary>
    public async Task<IReadOnlyList<PersonChoice>> ListPeopleAsync(CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().OrderBy(u => u.FullName)
            .Select(u => new PersonChoice(u.Id, u.FullName, u.Email)).ToListAsync(cancellationToken);
    }

    /// <summary>Adds an area and appoints its Director or Division Chief; the Operations Unit's act alone (SCO-1).</summary>
    public Task<ActOutcome<Guid>> AddAreaAsync(AreaForm form, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var area = Area.Create(form.Name, form.Kind);
            await RefuseDuplicateNameAsync(db, area.Name, null, cancellationToken);
            var invitation = await AppointAsync(db, area, form, scope.UserId, cancellationToken);
            db.Areas.Add(area);
            db.Audit(clock, scope.UserId, "area.created", nameof(Area), area.Id, area.Id, null, Snapshot(area));
            await SaveAsync(db, area.Name, cancellationToken);
            await invitations.SendAsync(invitation, cancellationToken);
            return area.Id;
        });

    /// <summary>Renames the area and appoints its Director or Division Chief; the kind stays as it was created.</summary>
    public Task<ActOutcome> EditAreaAsync(Guid areaId, AreaForm form, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var area = await db.Areas.SingleOrDefaultAsync(a => a.Id == areaId, cancellationToken)
                ?? throw new InvalidInputException("AreaId", "there is no such area.");
            var before = Snapshot(area);
            area.Rename(form.Name);
            await RefuseDuplicateNameAsync(db, area.Name, area.Id, cancellationToken);
            var formerDirectorId = area.DirectorId;
            var invitation = await AppointAsync(db, area, form, scope.UserId, cancellationToken);
            db.Audit(clock, scope.UserId, "area.changed", nameof(Area), area.Id, area.Id, before, Snapshot(area));
            await SaveAsync(db, area.Name, cancellationToken);
            await invitations.SendAsync(invitation, cancellationToken);
            if (formerDirectorId is { } former && former != area.DirectorId)
                await RemoveDirectorRoleIfUnusedAsync(former, scope.UserId, cancellationToken);
        });

    /// <summary>Opens an office in a Local Area, served by a field division.</summary>
    public Task<ActOutcome<Guid>> AddOfficeAsync(OfficeForm form, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var (localArea, division) = await PlacementAsync(db, form, cancellationToken);
            var office = Office.Open(form.Name, localArea, division, form.HasTitleIPartner);
            await RefuseDuplicateOfficeAsync(db, office.Name, localArea, null, cancellationToken);
            db.Offices.Add(office);
            db.Audit(clock, scope.UserId, "office.opened", nameof(Office), office.Id, localArea.Id, null, Snapshot(office));
            await db.SaveChangesAsync(cancellationToken);
            return office.Id;
        });

    /// <summary>
    /// Renames an office, sets its Title I partner, and moves it — the office refuses a move away from the Local Area of its
    /// staff accounts or from the division whose SPOC covers it by name (SCO-1).
    /// </summary>
    public Task<ActOutcome> EditOfficeAsync(Guid officeId, OfficeForm form, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var office = await db.Offices.SingleOrDefaultAsync(o => o.Id == officeId, cancellationToken)
                ?? throw new InvalidInputException("OfficeId", "there is no such office.");
            var before = Snapshot(office);
            var currentDivision = (await db.AreaWithActiveDesignationsAsync(office.ServingDivisionId, cancellationToken: cancellationToken))!;
            var (localArea, division) = await PlacementAsync(db, form, cancellationToken);
            var staffAccounts = await db.StaffAccounts.CountAsync(a => a.OfficeId == officeId, cancellationToken);
            office.Rename(form.Name);
            await RefuseDuplicateOfficeAsync(db, office.Name, localArea, office.Id, cancellationToken);
            office.Reassign(localArea, division, currentDivision, staffAccounts);
            office.SetTitleIPartner(form.HasTitleIPartner);
            db.Audit(clock, scope.UserId, "office.changed", nameof(Office), office.Id, localArea.Id, before, Snapshot(office));
            await db.SaveChangesAsync(cancellationToken);
        });

    /// <summary>A SPOC's coverage as it stands and the offices their division serves.</summary>
    public async Task<CoverageChoice> GetCoverageAsync(Guid designationId, CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (area, designation) = await SpocAsync(db, designationId, cancellationToken);
        var offices = await db.Offices.AsNoTracking().Where(o => o.ServingDivisionId == area.Id).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var coverage = designation.Coverage ?? SpocCoverage.Division;
        return new CoverageChoice(designation.Id, designation.Contact.FullName, area.Name, offices.Select(o => (o.Id, o.Name)).ToList(),
            new CoverageForm { WholeDivision = coverage.WholeDivision, OfficeIds = coverage.OfficeIds.ToHashSet() });
    }

    /// <summary>Sets what a SPOC covers: the whole division or some of the offices it serves (SCO-1).</summary>
    public Task<ActOutcome> SetCoverageAsync(Guid designationId, CoverageForm form, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var (area, designation) = await SpocAsync(db, designationId, cancellationToken);
            var coverage = form.WholeDivision ? SpocCoverage.Division : SpocCoverage.Offices(form.OfficeIds);
            var offices = await db.Offices.Where(o => coverage.OfficeIds.Contains(o.Id)).ToListAsync(cancellationToken);
            var before = new { designation.Contact.FullName, Coverage = CoverageSnapshot(designation.Coverage) };
            area.SetSpocCoverage(designation.Id, coverage, offices);
            db.Audit(clock, scope.UserId, "spoc-coverage.changed", nameof(AdministratorDesignation), designation.Id, area.Id, before,
                new { designation.Contact.FullName, Coverage = CoverageSnapshot(designation.Coverage) });
            await db.SaveChangesAsync(cancellationToken);
        });

    private static async Task<(Area Area, AdministratorDesignation Designation)> SpocAsync(ConsoleDbContext db, Guid designationId,
        CancellationToken cancellationToken)
    {
        var areaId = await db.Designations.Where(d => d.Id == designationId && d.Status == DesignationStatus.Active)
            .Select(d => (Guid?)d.AreaId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidInputException("DesignationId", "there is no such active designation.");
        var area = (await db.AreaWithActiveDesignationsAsync(areaId, cancellationToken: cancellationToken))!;
        return (area, area.ActiveDesignations.Single(d => d.Id == designationId));
    }

    /// <summary>
    /// Appoints the Director or Division Chief the form names: a console user chosen from the list, or a person named by name and
    /// e-mail (found by the address, or added without a password and invited to choose one, issue 18). Returns the invitation to
    /// send once saved, if one was made.
    /// </summary>
    private async Task<PendingInvitation?> AppointAsync(ConsoleDbContext db, Area area, AreaForm form, Guid actorId, CancellationToken cancellationToken)
    {
        ConsoleUser user;
        if (form.InviteDirector)
            user = await ConsoleUserDirectory.FindOrAddAsync(db, ContactDetails.Create(form.DirectorName, form.DirectorEmail, fieldPrefix: "Director"), cancellationToken);
        else
        {
            if (form.DirectorId is not { } id || id == Guid.Empty)
                throw new InvalidInputException("DirectorId", $"choose the {area.Kind.SignerTitle()}.");
            if (id == area.DirectorId)
                return null;
            user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken)
                ?? throw new InvalidInputException("DirectorId", "choose an existing console user.");
        }
        if (user.Id == area.DirectorId)
            return null;
        area.AppointDirector(user.Id, ContactDetails.Create(user.FullName, user.Email, user.PhoneNumber, "Director."));
        await ConsoleUserDirectory.GrantRoleAsync(db, user.Id, ConsoleRoles.Director, cancellationToken);
        return await invitations.StageAsync(db, user, $"{area.Kind.SignerTitle()} of {area.Name}", actorId, cancellationToken);
    }

    /// <summary>A former Director who directs no other area loses the Director role (least privilege).</summary>
    private async Task RemoveDirectorRoleIfUnusedAsync(Guid personId, Guid actorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Areas.AnyAsync(a => a.DirectorId == personId, cancellationToken))
            return;
        var userRole = await (from ur in db.UserRoles
                              join r in db.Roles on ur.RoleId equals r.Id
                              where ur.UserId == personId && r.Name == ConsoleRoles.Director
                              select ur).SingleOrDefaultAsync(cancellationToken);
        if (userRole is null)
            return;
        db.UserRoles.Remove(userRole);
        db.Audit(clock, actorId, "role.removed", "ConsoleUser", personId, null, new { Role = ConsoleRoles.Director }, null);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<(Area LocalArea, Area Division)> PlacementAsync(ConsoleDbContext db, OfficeForm form, CancellationToken cancellationToken)
    {
        var localArea = await db.Areas.SingleOrDefaultAsync(a => a.Id == form.LocalAreaId, cancellationToken)
            ?? throw new InvalidInputException(nameof(Office.LocalAreaId), "choose the Local Area the office is in.");
        var division = await db.Areas.SingleOrDefaultAsync(a => a.Id == form.ServingDivisionId, cancellationToken)
            ?? throw new InvalidInputException(nameof(Office.ServingDivisionId), "choose the field division that serves the office.");
        return (localArea, division);
    }

    private static async Task RefuseDuplicateNameAsync(ConsoleDbContext db, string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        var lower = name.ToLower();
        if (await db.Areas.AnyAsync(a => a.Name.ToLower() == lower && a.Id != exceptId, cancellationToken))
            throw DuplicateName(name);
    }

    private static async Task RefuseDuplicateOfficeAsync(ConsoleDbContext db, string name, Area localArea, Guid? exceptId,
        CancellationToken cancellationToken)
    {
        var lower = name.ToLower();
        if (await db.Offices.AnyAsync(o => o.LocalAreaId == localArea.Id && o.Name.ToLower() == lower && o.Id != exceptId, cancellationToken))
            throw new InvalidInputException(nameof(Office.Name), $"{localArea.Name} already has an office called '{name}'.");
    }

    /// <summary>Saves; a name another writer took a moment earlier (the unique index) becomes the same clear message.</summary>
    private static async Task SaveAsync(ConsoleDbContext db, string name, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseConstraint.Violates(ex, "IX_Areas_Name", "Areas.Name"))
        {
            throw DuplicateName(name);
        }
    }

    private static InvalidInputException DuplicateName(string name) =>
        new(nameof(Area.Name), $"another area is already called '{name}'; choose a different name.");

    private static object Snapshot(Area area) =>
        new { area.Name, Kind = area.Kind.ToString(), area.DirectorId, Director = area.Director?.FullName };

    private static object Snapshot(Office office) =>
        new { office.Name, office.LocalAreaId, office.ServingDivisionId, office.HasTitleIPartner };

    private static object? CoverageSnapshot(SpocCoverage? coverage) =>
        coverage is null ? null : new { coverage.WholeDivision, OfficeIds = coverage.OfficeIds.Order().ToList() };
}
