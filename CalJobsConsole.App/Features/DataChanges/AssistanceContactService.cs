using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.Requests;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.DataChanges;

/// <summary>
/// DCR-1's contact log: an administrator records each time they helped a staff member of their area with data validation or
/// a pseudo-SSN assignment, and reads their areas' log. Never a Social Security number (the validator and the domain refuse
/// one). SCO-1: administrators only, for the areas of their seats; REV-1: not while their seat is suspended.
/// </summary>
public sealed class AssistanceContactService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock)
{
    private static readonly AssistanceContactModelValidator Validator = new();

    /// <summary>The areas the administrator records contacts for.</summary>
    public async Task<IReadOnlyList<AssistanceArea>> AreasAsync(CancellationToken cancellationToken = default)
    {
        var scope = RequireAdministrator(await scopes.RequireSignedInAsync(cancellationToken));
        return scope.Seats.Select(s => new AssistanceArea(s.AreaId, s.AreaName)).DistinctBy(a => a.Id).OrderBy(a => a.Name).ToList();
    }

    /// <summary>Records a contact; nothing is saved unless the whole form holds.</summary>
    public async Task<RequestOutcome> RecordAsync(AssistanceContactModel model, CancellationToken cancellationToken = default)
    {
        var shape = await Validator.ValidateAsync(model, cancellationToken);
        if (!shape.IsValid)
            return RequestOutcome.Invalid(shape.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.First().ErrorMessage));
        return await RequestOutcome.Of(async () =>
        {
            var scope = RequireAdministrator(await scopes.RequireSignedInAsync(cancellationToken));
            var seat = scope.Seats.FirstOrDefault(s => s.AreaId == model.AreaId) ?? throw new BusinessRuleViolationException(new BrokenRule(RuleCode.Sco1,
                "This area is not yours: you record contacts only for the area you administer.", "Choose one of your own areas."));
            if (seat.IsSuspended)
                throw new BusinessRuleViolationException(new BrokenRule(RuleCode.Rev1,
                    $"The Operations Unit suspended your administrator privileges on {seat.SuspendedOn:yyyy-MM-dd}: {seat.SuspensionReason}",
                    "Ask the CalJOBS Operations Unit to lift the suspension."));
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var contact = ParticipantAssistanceContact.Record(seat.AreaId, scope.UserId, model.AssistedStaffName, DateOnly.FromDateTime(model.ContactedOn!.Value),
                model.ParticipantReference, model.Kind!.Value, model.Note, clock);
            db.ParticipantAssistanceContacts.Add(contact);
            db.Audit(clock, scope.UserId, "ParticipantAssistanceContact.Recorded", nameof(ParticipantAssistanceContact), contact.Id, contact.AreaId, null,
                new { contact.AssistedStaffName, contact.ContactedOn, contact.ParticipantReference, Kind = contact.Kind.ToString(), contact.Note });
            await db.SaveChangesAsync(cancellationToken);
        });
    }

    /// <summary>The contacts of the administrator's areas, newest first (every administrator of an area reads the area's log).</summary>
    public async Task<IReadOnlyList<AssistanceContactLine>> ListAsync(CancellationToken cancellationToken = default)
    {
        var scope = RequireAdministrator(await scopes.RequireSignedInAsync(cancellationToken));
        var areaIds = scope.Seats.Select(s => s.AreaId).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contacts = await db.ParticipantAssistanceContacts.AsNoTracking().Where(c => areaIds.Contains(c.AreaId)).ToListAsync(cancellationToken);
        var peopleIds = contacts.Select(c => c.RecordedById).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => peopleIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        var areas = scope.Seats.ToDictionary(s => s.AreaId, s => s.AreaName);
        return contacts.OrderByDescending(c => c.ContactedOn).ThenByDescending(c => c.RecordedAt.UtcTicks)
            .Select(c => new AssistanceContactLine(c.Id, areas.GetValueOrDefault(c.AreaId, ""), c.AssistedStaffName, c.ContactedOn, c.ParticipantReference,
                c.Kind, c.Note, people.GetValueOrDefault(c.RecordedById, ""), clock.ToBusinessTime(c.RecordedAt)))
            .ToList();
    }

    private static UserScope RequireAdministrator(UserScope scope) =>
        scope.IsAdministrator ? scope : throw new BusinessRuleViolationException(new BrokenRule(RuleCode.Sco1,
            "Only an MIS Administrator or CalJOBS SPOC keeps the data-validation and pseudo-SSN assistance log (DCR-1).",
            "Ask your area's administrator for help with data validation or a pseudo-SSN."));
}
