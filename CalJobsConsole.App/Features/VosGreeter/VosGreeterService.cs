using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Access.Rules;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.VosGreeter;
using CalJobsConsole.Domain.VosGreeter.Rules;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.VosGreeter;

/// <summary>
/// VOSGreeter setup (VOS-1): the offices in the reader's scope and each one's check-in reasons. The office's editor — its
/// Local Area's MIS Administrator when it has a Title I partner, the covering SPOC when it has none — adds, renames,
/// reorders, deactivates and removes reasons; a covering SPOC proposes reasons for WSB programs at a Title I office, which
/// its MIS Administrator accepts or declines with a note. The Operations Unit reads every office. Scope (SCO-1) is checked
/// on every call; every change, proposal and decision passes the <see cref="AdministrativeGate"/> (SCO-1, DES-2, REV-1) before
/// the domain's own VOS-1 checks. The MIS Administrators hear of a proposal, the SPOC of the decision.
/// </summary>
public sealed class VosGreeterService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock,
    INotificationSender notifications, ILogger<VosGreeterService> logger)
{
    private const string Work = "sets up VOSGreeter check-in reasons (VOS-1)";

    private static readonly CheckInReasonModelValidator ReasonValidator = new();
    private static readonly RenameReasonModelValidator RenameValidator = new();
    private static readonly DeclineProposalModelValidator DeclineValidator = new();

    /// <summary>Every office in the reader's administrator seats (all of them for the Operations Unit), by area and name.</summary>
    public async Task<IReadOnlyList<CheckInOfficeLine>> OfficesAsync(CancellationToken cancellationToken = default)
    {
        var scope = RequireReader(await scopes.RequireSignedInAsync(cancellationToken));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var offices = await OfficesOfAsync(db, null, cancellationToken);
        var actors = scope.Seats;
        var visible = offices.Where(o => scope.IsOperationsUnit || actors.Any(o.IsInScopeOf)).ToList();
        var ids = visible.Select(o => o.OfficeId).ToList();
        var setups = await db.CheckInSetups.AsNoTracking().Include(s => s.Reasons).Include(s => s.Proposals)
            .Where(s => ids.Contains(s.OfficeId)).ToDictionaryAsync(s => s.OfficeId, cancellationToken);
        return visible.OrderBy(o => o.LocalAreaName).ThenBy(o => o.Name)
            .Select(o => Line(o, setups.GetValueOrDefault(o.OfficeId), actors)).ToList();
    }

    /// <summary>One office's setup; SCO-1 for an office outside the reader's seats (or one that does not exist).</summary>
    public async Task<CheckInOfficeView> OfficeAsync(Guid officeId, CancellationToken cancellationToken = default)
    {
        var scope = RequireReader(await scopes.RequireSignedInAsync(cancellationToken));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var office = await OfficeOfAsync(db, officeId, cancellationToken);
        var actors = scope.Seats;
        if (office is null || !(scope.IsOperationsUnit || actors.Any(office.IsInScopeOf)))
            throw await scopes.RefusedAsync(NotYours(), cancellationToken);
        var setup = await db.CheckInSetups.AsNoTracking().Include(s => s.Reasons).Include(s => s.Proposals)
            .SingleOrDefaultAsync(s => s.OfficeId == officeId, cancellationToken);
        var line = Line(office, setup, actors);
        var seesAll = scope.IsOperationsUnit || line.YourPart == CheckInPart.Edit;
        var proposals = (setup?.Proposals ?? []).Where(p => seesAll || p.ProposedById == scope.UserId).ToList();
        var people = await db.NamesAsync(proposals.Select(p => (Guid?)p.ProposedById).Concat(proposals.Select(p => p.DecidedById)), cancellationToken);
        var why = line.YourPart == CheckInPart.Edit ? [] : scope.IsOperationsUnit
            ? BusinessRules.Evaluate(new CheckInReasonsMustNotBeSetUpByOperationsUnitRule(true, office))
            : OfficeCheckInSetup.EditEligibility(EditingActor(office, actors)!, office);
        return new CheckInOfficeView(line,
            (setup?.Reasons ?? []).Select(r => new CheckInReasonLine(r.Id, r.Label, r.Program, r.Position, r.IsActive, r.FromProposalId is not null)).ToList(),
            proposals.OrderBy(p => p.Status == ProposalStatus.Pending ? 0 : 1).ThenByDescending(p => p.ProposedAt.UtcTicks)
                .Select(p => new CheckInProposalLine(p.Id, p.Label, p.Program, people[p.ProposedById], p.ProposedAt, p.Status,
                    people.Of(p.DecidedById), p.DecidedAt, p.DecisionNote, p.ProposedById == scope.UserId)).ToList(),
            why);
    }

    public Task<ActOutcome> AddReasonAsync(Guid officeId, CheckInReasonModel model, CancellationToken cancellationToken = default) =>
        Checked(ReasonValidator, model, () => ChangeAsync(officeId, "CheckInReason.Added",
            (setup, actor, office) => setup.AddReason(actor, office, model.Label, model.Program!.Value), cancellationToken));

    public Task<ActOutcome> RenameReasonAsync(Guid officeId, Guid reasonId, RenameReasonModel model, CancellationToken cancellationToken = default) =>
        Checked(RenameValidator, model, () => ChangeAsync(officeId, "CheckInReason.Renamed",
            (setup, actor, office) => setup.RenameReason(actor, office, reasonId, model.Label), cancellationToken));

    public Task<ActOutcome> MoveReasonAsync(Guid officeId, Guid reasonId, bool up, CancellationToken cancellationToken = default) =>
        EditAsync(officeId, "CheckInReason.Moved",
            (setup, actor, office) => setup.MoveReason(actor, office, reasonId, up), cancellationToken);

    public Task<ActOutcome> SetReasonActiveAsync(Guid officeId, Guid reasonId, bool active, CancellationToken cancellationToken = default) =>
        EditAsync(officeId, active ? "CheckInReason.Activated" : "CheckInReason.Deactivated",
            (setup, actor, office) => setup.SetReasonActive(actor, office, reasonId, active), cancellationToken);

    public Task<ActOutcome> RemoveReasonAsync(Guid officeId, Guid reasonId, CancellationToken cancellationToken = default) =>
        EditAsync(officeId, "CheckInReason.Removed",
            (setup, actor, office) => setup.RemoveReason(actor, office, reasonId), cancellationToken);

    /// <summary>A covering SPOC proposes a reason for a WSB program; the office's MIS Administrators are told.</summary>
    public Task<ActOutcome> ProposeAsync(Guid officeId, CheckInReasonModel model, CancellationToken cancellationToken = default) =>
        Checked(ReasonValidator, model, async () =>
        {
            CheckInReasonProposal proposal = null!;
            var (office, spoc) = await ChangeAsync(officeId, "CheckInReason.Proposed",
                (setup, actor, o) => proposal = setup.Propose(actor, o, model.Label, model.Program!.Value, clock.UtcNow), cancellationToken);
            await TellAsync(async db => await Recipients.AdministratorsAsync(db, office.LocalAreaId, office.OfficeId, cancellationToken), "CheckInReasonProposed",
                $"VOSGreeter: {spoc.Name} proposes a check-in reason for {office.Name}",
                $"{spoc.Name} (CalJOBS SPOC, {office.DivisionName}) proposes the check-in reason '{proposal.Label}' ({proposal.Program.DisplayName()}) " +
                $"for {office.Name}. Accept or decline it at /vosgreeter/{office.OfficeId} (WSD24-13, VOS-1).", cancellationToken);
        });

    /// <summary>The office's MIS Administrator accepts a proposal (the reason is added); the SPOC is told.</summary>
    public Task<ActOutcome> AcceptProposalAsync(Guid officeId, Guid proposalId, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(() => DecideAsync(officeId, proposalId, "CheckInReasonProposal.Accepted",
            (setup, actor, office) => setup.AcceptProposal(actor, office, proposalId, clock.UtcNow), cancellationToken));

    /// <summary>The office's MIS Administrator declines a proposal with a note; the SPOC is told, with the note.</summary>
    public Task<ActOutcome> DeclineProposalAsync(Guid officeId, Guid proposalId, DeclineProposalModel model, CancellationToken cancellationToken = default) =>
        Checked(DeclineValidator, model, () => DecideAsync(officeId, proposalId, "CheckInReasonProposal.Declined",
            (setup, actor, office) => setup.DeclineProposal(actor, office, proposalId, model.Note, clock.UtcNow), cancellationToken));

    /// <summary>An editor's change to the reasons, as the outcome the page shows.</summary>
    private Task<ActOutcome> EditAsync(Guid officeId, string action, Action<OfficeCheckInSetup, AdministratorActor, CheckInOffice> change,
        CancellationToken cancellationToken) =>
        ActOutcome.Of(async () => { await ChangeAsync(officeId, action, change, cancellationToken); });

    private async Task DecideAsync(Guid officeId, Guid proposalId, string action, Action<OfficeCheckInSetup, AdministratorActor, CheckInOffice> decide,
        CancellationToken cancellationToken)
    {
        CheckInReasonProposal proposal = null!;
        var (office, _) = await ChangeAsync(officeId, action, (setup, actor, o) =>
        {
            decide(setup, actor, o);
            proposal = setup.Proposals.Single(p => p.Id == proposalId);
        }, cancellationToken);
        var verb = proposal.Status == ProposalStatus.Accepted ? "accepted" : "declined";
        var note = proposal.DecisionNote is { } n ? $" Note: {n}" : "";
        await TellAsync(async db => await db.Users.AsNoTracking().Where(u => u.Id == proposal.ProposedById)
                .Select(u => new NotificationRecipient(u.FullName, u.Email, u.Id)).ToListAsync(cancellationToken), "CheckInReasonProposalDecided",
            $"VOSGreeter: your proposed reason for {office.Name} was {verb}",
            $"The MIS Administrator of {office.LocalAreaName} {verb} your proposed check-in reason '{proposal.Label}' for {office.Name}.{note} " +
            $"See /vosgreeter/{office.OfficeId} (WSD24-13, VOS-1).", cancellationToken);
    }

    /// <summary>
    /// Loads (or starts) the office's setup and acts as the administrator the gate lets through — judged in the area of their
    /// seat that edits the office or takes it in (a SPOC: the division and their coverage), else the office's Local Area, so
    /// another area's administrator is refused with SCO-1 — then audits and saves.
    /// </summary>
    private async Task<(CheckInOffice Office, AdministratorActor Actor)> ChangeAsync(Guid officeId, string action,
        Action<OfficeCheckInSetup, AdministratorActor, CheckInOffice> change, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var office = await OfficeOfAsync(db, officeId, cancellationToken) 
            ?? throw await scopes.RefusedAsync(NotYours(), cancellationToken);
        var actingArea = EditingActor(office, scope.Seats)?.AreaId ?? office.LocalAreaId;
        var actor = await scopes.GuardAsync(() => AdministrativeGate.Require(scope, actingArea, office.OfficeId, work: Work).Administrator, cancellationToken);
        var setup = await db.CheckInSetups.Include(s => s.Reasons).Include(s => s.Proposals).SingleOrDefaultAsync(s => s.OfficeId == officeId, cancellationToken);
        if (setup is null)
            db.CheckInSetups.Add(setup = OfficeCheckInSetup.For(officeId));
        var before = Snapshot(setup);
        change(setup, actor, office);
        db.Audit(clock, scope.UserId, action, nameof(OfficeCheckInSetup), setup.Id,
            actor.Role == AdministratorRole.MisAdministrator ? office.LocalAreaId : office.DivisionId, before, Snapshot(setup));
        await db.SaveChangesAsync(cancellationToken);
        return (office, actor);
    }

    private static async Task<ActOutcome> Checked<T>(IValidator<T> validator, T model, Func<Task> action)
    {
        // The form validated already; the server checks again and saves nothing when a field is missing.
        var result = await validator.ValidateAsync(model);
        return result.IsValid ? await ActOutcome.Of(action) : ActOutcome.Invalid(string.Join(" ", result.Errors.Select(e => e.ErrorMessage).Distinct()));
    }

    /// <summary>The decision is saved already: a failed message is logged, not turned into a failure of the change.</summary>
    private async Task TellAsync(Func<ConsoleDbContext, Task<List<NotificationRecipient>>> recipients, string kind, string subject, string body,
        CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var to = await recipients(db);
            if (to.Count > 0)
                await notifications.SendAsync(new OutgoingNotification(kind, subject, body, to, []), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "A VOSGreeter change was saved but its message ({Kind}) was not sent.", kind);
        }
    }

    private static CheckInOfficeLine Line(CheckInOffice office, OfficeCheckInSetup? setup, IReadOnlyList<AdministratorActor> actors) =>
        new(office.OfficeId, office.Name, office.LocalAreaName, office.DivisionName, office.HasTitleIPartner,
            office.HasTitleIPartner ? $"MIS Administrator of {office.LocalAreaName}" : $"CalJOBS SPOC of {office.DivisionName}",
            setup?.Reasons.Count(r => r.IsActive) ?? 0, setup?.Proposals.Count(p => p.Status == ProposalStatus.Pending) ?? 0,
            actors.Any(office.IsEditedBy) ? CheckInPart.Edit
            : actors.Any(a => office.IsInScopeOf(a) && OfficeCheckInSetup.ProposalEligibility(a, office).Count == 0) ? CheckInPart.Propose
            : CheckInPart.View);

    /// <summary>The reader's seat that edits the office if there is one, else one whose scope takes it in.</summary>
    private static AdministratorActor? EditingActor(CheckInOffice office, IReadOnlyList<AdministratorActor> actors) =>
        actors.FirstOrDefault(office.IsEditedBy) ?? actors.FirstOrDefault(office.IsInScopeOf);

    private static async Task<CheckInOffice?> OfficeOfAsync(ConsoleDbContext db, Guid officeId, CancellationToken cancellationToken) =>
        (await OfficesOfAsync(db, officeId, cancellationToken)).SingleOrDefault();

    private static async Task<List<CheckInOffice>> OfficesOfAsync(ConsoleDbContext db, Guid? officeId, CancellationToken cancellationToken) =>
        await (from office in db.Offices.AsNoTracking()
               join area in db.Areas on office.LocalAreaId equals area.Id
               join division in db.Areas on office.ServingDivisionId equals division.Id
               where officeId == null || office.Id == officeId
               select new CheckInOffice(office.Id, office.Name, office.HasTitleIPartner, area.Id, area.Name, division.Id, division.Name))
            .ToListAsync(cancellationToken);

    private static UserScope RequireReader(UserScope scope)
    {
        BusinessRules.Check(new CheckInSetupMustBeReadByAdministratorOrOperationsUnitRule(scope.IsOperationsUnit || scope.IsAdministrator));
        return scope;
    }

    /// <summary>SCO-1 in the same words for an office of another area or coverage and one that does not exist.</summary>
    private static BusinessRuleViolationException NotYours() => new(BrokenRule.From(new RecordMustBeInUsersScopeRule(false, "office")));

    private static object Snapshot(OfficeCheckInSetup s) => new
    {
        Reasons = s.Reasons.Select(r => new { r.Id, r.Label, Program = r.Program.ToString(), r.Position, r.IsActive }).ToList(),
        Proposals = s.Proposals.Select(p => new { p.Id, p.Label, Status = p.Status.ToString(), p.DecisionNote }).ToList(),
    };
}
