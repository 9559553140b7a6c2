using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Access.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.DataChanges;

/// <summary>
/// DCR-1's contact log: an administrator records each time they helped a staff member of their area with data validation or
/// a pseudo-SSN assignment, and reads their areas' log. Never a Social Security number (the validator and the domain refuse
/// one). Recording passes the <see cref="AdministrativeGate"/> for the area as a whole (SCO-1, DES-2, REV-1); reading the log
/// needs a seat of the area.
/// </summary>
public sealed class AssistanceContactService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock)
{
    private const string Work = "keeps the data-validation and pseudo-SSN assistance log (DCR-1)";

    private static readonly AssistanceContactModelValidator Validator = new();

    /// <summary>The areas the administrator records contacts for.</summary>
    public async Task<IReadOnlyList<AssistanceArea>> AreasAsync(CancellationToken cancellationToken = default)
    {
        var signedIn = await scopes.RequireSignedInAsync(cancellationToken);
        var scope = await scopes.GuardAsync(() => RequireAdministrator(signedIn), cancellationToken);
        return scope.Seats.Select(s => new AssistanceArea(s.AreaId, s.AreaName)).DistinctBy(a => a.Id).OrderBy(a => a.Name).ToList();
    }

    /// <summary>Records a contact; nothing is saved unless the whole form holds.</summary>
    public async Task<ActOutcome> RecordAsync(AssistanceContactModel model, CancellationToken cancellationToken = default)
    {
        var shape = await Validator.ValidateAsync(model, cancellationToken);
        if (!shape.IsValid)
            return ActOutcome.Invalid(shape.FieldErrors());
        return await ActOutcome.Of(async () =>
        {
            var administrator = await scopes.ActAsAdministratorAsync(model.AreaId!.Value, null, cancellationToken, Work);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var contact = ParticipantAssistanceContact.Record(administrator.AreaId, administrator.PersonId, model.AssistedStaffName,
                DateOnly.FromDateTime(model.ContactedOn!.Value), model.ParticipantReference, model.Kind!.Value, model.Note, clock);
            db.ParticipantAssistanceContacts.Add(contact);
            db.Audit(clock, administrator.PersonId, "ParticipantAssistanceContact.Recorded", nameof(ParticipantAssistanceContact), contact.Id, contact.AreaId, null,
                new { contact.AssistedStaffName, contact.ContactedOn, contact.ParticipantReference, Kind = contact.Kind.ToString(), contact.Note });
            await db.SaveChangesAsync(cancellationToken);
        });
    }

    /// <summary>
    /// One page of the contacts of the administrator's areas, newest first (every administrator of an area reads the area's
    /// log): ordered, counted and paged in the database; only the page's recorders' names are read.
    /// </summary>
    public async Task<ListPage<AssistanceContactLine>> ListAsync(int page = 1, CancellationToken cancellationToken = default)
    {
        var signedIn = await scopes.RequireSignedInAsync(cancellationToken);
        var scope = await scopes.GuardAsync(() => RequireAdministrator(signedIn), cancellationToken);
        var areaIds = scope.Seats.Select(s => s.AreaId).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contacts = await db.ParticipantAssistanceContacts.AsNoTracking().Where(c => areaIds.Contains(c.AreaId))
            .OrderByDescending(c => c.ContactedOn).ThenByDescending(c => c.RecordedAt).ThenBy(c => c.Id)
            .ToListPageAsync(page, cancellationToken: cancellationToken);
        var people = await db.NamesAsync(contacts.Lines.Select(c => c.RecordedById), cancellationToken);
        var areas = scope.Seats.DistinctBy(s => s.AreaId).ToDictionary(s => s.AreaId, s => s.AreaName);
        return contacts.With(contacts.Lines
            .Select(c => new AssistanceContactLine(c.Id, areas.GetValueOrDefault(c.AreaId, ""), c.AssistedStaffName, c.ContactedOn, c.ParticipantReference,
                c.Kind, c.Note, people[c.RecordedById], clock.ToBusinessTime(c.RecordedAt)))
            .ToList());
    }

    private static UserScope RequireAdministrator(UserScope scope)
    {
        BusinessRules.Check(new UserMustHoldAdministratorSeatRule(scope.IsAdministrator, Work));
        return scope;
    }
}
