using CalJobsConsole.Domain.Signatures;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Features.Records;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Features.People;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Designations;

/// <summary>
/// Designation forms (Attachment 1, DES-1): the Director, Division Chief or a current designee signs them for
/// their own area; the Operations Unit records or refuses them. Who may do what is read from the database on
/// every call; CAP-1 is checked at submission and again at recording, where the database's active-seat index
/// decides a race for the last seat (as <see cref="DesignationRecorder"/> does).
/// </summary>
public sealed class DesignationFormService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, DesignationRecorder recorder,
    BusinessClock clock, InvitationSender invitations, FormRecordFiling filing)
{
    /// <summary>The areas the signed-in user may sign forms for now; refused with DES-1 when there is none.</summary>
    public async Task<IReadOnlyList<SignerArea>> SignerAreasAsync(CancellationToken cancellationToken = default)
    {
        var areas = await SignerAreasAsync(await scopes.RequireSignedInAsync(cancellationToken), cancellationToken);
        BusinessRules.Check(new PersonMustSignForAnAreaRule(areas.Count > 0));
        return areas;
    }

    /// <summary>One area's seats and forms, for someone who may sign its forms (DES-1).</summary>
    public async Task<SignerAreaView> AreaAsync(Guid areaId, CancellationToken cancellationToken = default)
    {
        var (signer, scope) = await RequireSignerAsync(areaId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var area = await LoadAreaAsync(db, areaId, cancellationToken);
        var forms = await FormLinesAsync(db, db.DesignationForms.Where(f => f.AreaId == areaId), cancellationToken);
        return new SignerAreaView(signer, area.AdministratorCap, Seats(area), forms, scope.FullName);
    }

    /// <summary>
    /// Signs and submits a form for <paramref name="areaId"/>; CAP-1 and DES-1 are checked now and again at recording. The
    /// Director's (or designee's) own act, not an administrator's: DES-1 decides who signs, not the administrative gate.
    /// </summary>
    public Task<ActOutcome> SubmitAsync(Guid areaId, DesignationFormModel model, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var (_, signer) = await RequireSignerAsync(areaId, cancellationToken);
            var signerId = signer.UserId;
            // DES-1: the signed-in Director or designee signs with their own name; nobody signs as another person.
            var signature = Signature.Sign(AttestationStatement.DesignationForm, signerId, signer.FullName, model.SignatureName, clock);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var area = await LoadAreaAsync(db, areaId, cancellationToken);
            var particulars = new DesignationParticulars(model.Title, model.Organisation, model.CalJobsUsername,
                model.EffectiveOn is { } effectiveOn ? DateOnly.FromDateTime(effectiveOn) : null);
            var form = model.Kind switch
            {
                DesignationFormKind.Add => DesignationForm.SubmitAddition(area, ContactDetails.Create(model.FullName, model.Email, model.Phone),
                    particulars, signature, clock.Today),
                DesignationFormKind.Remove => DesignationForm.SubmitRemoval(area, model.DesignationId ?? Guid.Empty, model.Reason, particulars.EffectiveOn,
                    signature, clock.Today),
                _ => DesignationForm.SubmitContactChange(area, model.DesignationId ?? Guid.Empty,
                    ContactDetails.Create(model.FullName, model.Email, model.Phone), particulars, signature, clock.Today),
            };
            db.DesignationForms.Add(form);
            db.Audit(clock, signerId, "DesignationForm.Submitted", nameof(DesignationForm), form.Id, areaId, null, Snapshot(form));
            await db.SaveChangesAsync(cancellationToken);
        });

    /// <summary>The Operations Unit's queue: every submitted form, oldest first.</summary>
    public async Task<IReadOnlyList<FormLine>> QueueAsync(CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FormLinesAsync(db, db.DesignationForms.Where(f => f.Status == DesignationFormStatus.Submitted), cancellationToken);
    }

    /// <summary>
    /// The Operations Unit records a form: the change applies to the area. An addition gives the person (a console
    /// user found by e-mail, or added) the administrator role; a removal takes the role away when it was their last seat.
    /// </summary>
    public Task<ActOutcome> RecordAsync(Guid formId, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            var areaId = await AreaOfFormAsync(formId, cancellationToken);
            PendingInvitation? invitation = null;
            await recorder.SaveSeatChangeAsync(areaId, async (db, area) =>
            {
                var form = await db.DesignationForms.SingleAsync(f => f.Id == formId, cancellationToken);
                var role = ScopeService.RoleFor(area.AdministratorRole);
                var personId = Guid.Empty;
                if (form.Kind == DesignationFormKind.Add)
                {
                    var user = await ConsoleUserDirectory.FindOrAddAsync(db, form.Person, cancellationToken);
                    personId = user.Id;
                    await ConsoleUserDirectory.GrantRoleAsync(db, personId, role, cancellationToken);
                    // A person new to the console chooses their password through an invitation (issue 18).
                    invitation = await invitations.StageAsync(db, user, $"{role} of {area.Name}", scope.UserId, cancellationToken);
                }
                var designation = form.Record(area, scope.UserId, clock.Today, personId);
                await filing.FileRecordedDesignationFormAsync(db, form, scope.UserId, cancellationToken);
                if (form.Kind == DesignationFormKind.Remove && !await HoldsAnotherSeatAsync(db, designation, cancellationToken))
                    await ConsoleUserDirectory.RevokeRoleAsync(db, designation.PersonId, role, cancellationToken);
                db.Audit(clock, scope.UserId, "DesignationForm.Recorded", nameof(DesignationForm), form.Id, area.Id, null, Snapshot(form));
                db.Audit(clock, scope.UserId, $"Designation.{form.Kind}", nameof(AdministratorDesignation), designation.Id, area.Id, null,
                    new { designation.PersonId, designation.SeatNumber, designation.Status, designation.Contact.FullName, designation.Contact.Email });
                return designation;
            }, cancellationToken);
            await invitations.SendAsync(invitation, cancellationToken);
        });

    /// <summary>The Operations Unit refuses a form with a reason; nothing changes in the area.</summary>
    public Task<ActOutcome> RefuseAsync(Guid formId, string? reason, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(async () =>
        {
            var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var form = await db.DesignationForms.SingleOrDefaultAsync(f => f.Id == formId, cancellationToken)
                ?? throw new InvalidInputException("FormId", "no such designation form.");
            form.Refuse(scope.UserId, reason, clock.Today);
            db.Audit(clock, scope.UserId, "DesignationForm.Refused", nameof(DesignationForm), form.Id, form.AreaId, null, Snapshot(form));
            await db.SaveChangesAsync(cancellationToken);
        });

    /// <summary>The areas <paramref name="scope"/> signs for now: those they direct (with the Director role), and those naming them a current designee.</summary>
    private async Task<IReadOnlyList<SignerArea>> SignerAreasAsync(UserScope scope, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var userId = scope.UserId;
        var designeeAreas = await db.Areas.AsNoTracking().Include(a => a.Designees)
            .Where(a => a.Designees.Any(d => d.PersonId == userId)).ToListAsync(cancellationToken);
        return scope.DirectedAreas.Select(a => new SignerArea(a.Id, a.Name, a.Kind, false))
            .Concat(designeeAreas.Where(a => a.DirectorId != userId && a.MaySignDesignationForms(userId, clock.Today))
                .Select(a => new SignerArea(a.Id, a.Name, a.Kind, true)))
            .OrderBy(a => a.Name).ToList();
    }

    /// <summary>The signed-in signer of <paramref name="areaId"/>'s forms, read from the database now; DES-1 for anyone else.</summary>
    private async Task<(SignerArea Area, UserScope Signer)> RequireSignerAsync(Guid areaId, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        if ((await SignerAreasAsync(scope, cancellationToken)).SingleOrDefault(a => a.Id == areaId) is { } signer)
            return (signer, scope);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var area = await db.Areas.AsNoTracking().Include(a => a.Designees).SingleOrDefaultAsync(a => a.Id == areaId, cancellationToken)
            ?? throw new InvalidInputException("AreaId", "no such area.");
        // The scope, not the area, decides here: a Director without the Director role signs nothing (the role was taken away).
        throw new BusinessRuleViolationException(BrokenRule.From(new SignerMustBeDirectorOrCurrentDesigneeRule(area, Guid.Empty, clock.Today)));
    }

    private static async Task<Area> LoadAreaAsync(ConsoleDbContext db, Guid areaId, CancellationToken cancellationToken) =>
        await db.AreasWithActiveDesignations().Include(a => a.Designees).SingleOrDefaultAsync(a => a.Id == areaId, cancellationToken)
        ?? throw new InvalidInputException("AreaId", "no such area.");

    private async Task<Guid> AreaOfFormAsync(Guid formId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DesignationForms.Where(f => f.Id == formId).Select(f => (Guid?)f.AreaId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidInputException("FormId", "no such designation form.");
    }

    private static Task<bool> HoldsAnotherSeatAsync(ConsoleDbContext db, AdministratorDesignation removed, CancellationToken cancellationToken) =>
        db.Designations.AnyAsync(d => d.PersonId == removed.PersonId && d.Role == removed.Role
            && d.Status == DesignationStatus.Active && d.Id != removed.Id, cancellationToken);

    internal static IReadOnlyList<SeatLine> Seats(Area area) =>
        area.ActiveDesignations.OrderBy(d => d.SeatNumber)
            .Select(d => new SeatLine(d.Id, area.Id, area.Name, d.SeatNumber, d.Contact.FullName, d.Contact.Email, d.TrainingCompletedOn)).ToList();

    private static async Task<IReadOnlyList<FormLine>> FormLinesAsync(ConsoleDbContext db, IQueryable<DesignationForm> query, CancellationToken cancellationToken)
    {
        var forms = await query.AsNoTracking().ToListAsync(cancellationToken);
        var areaIds = forms.Select(f => f.AreaId).Distinct().ToList();
        var areaNames = await db.Areas.Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var signers = await db.NamesAsync(forms.Select(f => f.ActedById), cancellationToken);
        return forms.OrderBy(f => f.SignedOn).ThenBy(f => f.Id)
            .Select(f => new FormLine(f.Id, areaNames.GetValueOrDefault(f.AreaId, ""), f.Kind, f.Person.FullName, f.Person.Email,
                f.NewContact is { } c ? $"{c.FullName} <{c.Email}>" : null, f.SignedOn, signers[f.ActedById],
                f.SignedByDesignee, f.Status, f.RefusalReason, DesignationFormWording.Particulars(f))).ToList();
    }

    private static object Snapshot(DesignationForm form) => new
    {
        form.Kind, form.Status, form.Person.FullName, form.Person.Email, form.DesignationId, form.AccountableSignerId, form.ActedById,
        form.SignedOn, form.DecidedById, form.DecidedOn, form.RefusalReason, form.Title, form.Organisation, form.CalJobsUsername, form.EffectiveOn,
    };
}
