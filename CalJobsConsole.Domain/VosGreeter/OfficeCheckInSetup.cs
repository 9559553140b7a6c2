using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Domain.VosGreeter.Rules;

namespace CalJobsConsole.Domain.VosGreeter;

/// <summary>
/// VOS-1: one office's VOSGreeter setup — its check-in reasons in the order a visitor sees them, and the reasons SPOCs
/// proposed for WSB programs. Who edits follows from the office (<see cref="CheckInOffice.SetUpBy"/>): the Local Area's
/// MIS Administrator for an office with a Title I partner, where a covering SPOC may only propose; the covering SPOC
/// for an office without one. Every action is also checked for scope (SCO-1), training (DES-2) and suspension (REV-1).
/// </summary>
public sealed class OfficeCheckInSetup : Entity
{
    private readonly List<CheckInReason> _reasons = [];
    private readonly List<CheckInReasonProposal> _proposals = [];

    private OfficeCheckInSetup()
    {
    }

    public Guid OfficeId { get; private set; }

    /// <summary>Bumped by every change, the concurrency token: two editors saving at once do not both win.</summary>
    public int Version { get; private set; }

    /// <summary>The reasons in their order (position 1 first).</summary>
    public IReadOnlyList<CheckInReason> Reasons => _reasons.OrderBy(r => r.Position).ToList();

    public IReadOnlyCollection<CheckInReasonProposal> Proposals => _proposals.AsReadOnly();

    public static OfficeCheckInSetup For(Guid officeId) => new() { OfficeId = Guard.Required(officeId, nameof(OfficeId)) };

    /// <summary>Every reason the administrator may not edit the reasons directly (empty when they may), scope first.</summary>
    public static IReadOnlyList<BrokenRule> EditEligibility(AdministratorActor administrator, CheckInOffice office) =>
        Eligibility(administrator, office, new CheckInReasonsMustBeEditedByOfficesEditorRule(administrator, office));

    /// <summary>Every reason the administrator may not propose a reason (empty when they may), scope first.</summary>
    public static IReadOnlyList<BrokenRule> ProposalEligibility(AdministratorActor administrator, CheckInOffice office) =>
        Eligibility(administrator, office, new ProposalMustComeFromSpocOfTitleIOfficeRule(administrator, office));

    public CheckInReason AddReason(AdministratorActor editor, CheckInOffice office, string? label, CheckInProgram program)
    {
        CheckEditor(editor, office);
        var reason = NewReason(office, label, program, null);
        Version++;
        return reason;
    }

    public void RenameReason(AdministratorActor editor, CheckInOffice office, Guid reasonId, string? label)
    {
        CheckEditor(editor, office);
        var reason = Reason(reasonId);
        var name = Guard.Required(label, "Label", CheckInReason.MaxLabelLength);
        CheckRule(new CheckInLabelMustBeUniqueRule(_reasons.Where(r => r.Id != reasonId).Select(r => r.Label), name, office.Name));
        reason.Rename(name);
        Version++;
    }

    /// <summary>Moves the reason one place up (<paramref name="up"/>) or down the list; at either end nothing moves.</summary>
    public void MoveReason(AdministratorActor editor, CheckInOffice office, Guid reasonId, bool up)
    {
        CheckEditor(editor, office);
        var ordered = Reasons.ToList();
        var index = ordered.IndexOf(Reason(reasonId));
        var other = up ? index - 1 : index + 1;
        if (other < 0 || other >= ordered.Count)
            return;
        (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
        Renumber(ordered);
        Version++;
    }

    /// <summary>An inactive reason stays in the list, but VOSGreeter does not offer it at check-in.</summary>
    public void SetReasonActive(AdministratorActor editor, CheckInOffice office, Guid reasonId, bool active)
    {
        CheckEditor(editor, office);
        Reason(reasonId).SetActive(active);
        Version++;
    }

    public void RemoveReason(AdministratorActor editor, CheckInOffice office, Guid reasonId)
    {
        CheckEditor(editor, office);
        _reasons.Remove(Reason(reasonId));
        Renumber(Reasons);
        Version++;
    }

    /// <summary>A covering SPOC proposes a reason for a WSB program to the MIS Administrator of an office with a Title I partner.</summary>
    public CheckInReasonProposal Propose(AdministratorActor spoc, CheckInOffice office, string? label, CheckInProgram program, DateTimeOffset at)
    {
        CheckOffice(office);
        BusinessRules.ThrowIfAny(ProposalEligibility(spoc, office));
        var name = Guard.Required(label, "Label", CheckInReason.MaxLabelLength);
        CheckRules(
            new ProposalMustBeForWsbProgramRule(Guard.Defined(program, nameof(CheckInReason.Program))),
            new CheckInLabelMustBeUniqueRule(_reasons.Select(r => r.Label)
                .Concat(_proposals.Where(p => p.Status == ProposalStatus.Pending).Select(p => p.Label)), name, office.Name));
        var proposal = CheckInReasonProposal.Create(Id, name, program, spoc.PersonId, at);
        _proposals.Add(proposal);
        Version++;
        return proposal;
    }

    /// <summary>The office's editor (its MIS Administrator) accepts a pending proposal: the reason is added at the end of the list.</summary>
    public CheckInReason AcceptProposal(AdministratorActor editor, CheckInOffice office, Guid proposalId, DateTimeOffset at)
    {
        CheckEditor(editor, office);
        var proposal = Proposal(proposalId);
        CheckRule(new ProposalMustBePendingRule(proposal.Status, proposal.Label));
        var reason = NewReason(office, proposal.Label, proposal.Program, proposal.Id);
        proposal.Decide(ProposalStatus.Accepted, editor.PersonId, null, at);
        Version++;
        return reason;
    }

    /// <summary>The office's editor declines a pending proposal, with the note the SPOC reads.</summary>
    public void DeclineProposal(AdministratorActor editor, CheckInOffice office, Guid proposalId, string? note, DateTimeOffset at)
    {
        CheckEditor(editor, office);
        var proposal = Proposal(proposalId);
        CheckRule(new ProposalMustBePendingRule(proposal.Status, proposal.Label));
        proposal.Decide(ProposalStatus.Declined, editor.PersonId, ParticipantText.Required(note, "Note", CheckInReasonProposal.MaxNoteLength), at);
        Version++;
    }

    private CheckInReason NewReason(CheckInOffice office, string? label, CheckInProgram program, Guid? proposalId)
    {
        var name = Guard.Required(label, "Label", CheckInReason.MaxLabelLength);
        CheckRule(new CheckInLabelMustBeUniqueRule(_reasons.Select(r => r.Label), name, office.Name));
        var reason = CheckInReason.Create(Id, name, program, _reasons.Count + 1, proposalId);
        _reasons.Add(reason);
        return reason;
    }

    private static IReadOnlyList<BrokenRule> Eligibility(AdministratorActor administrator, CheckInOffice office, IBusinessRule roleRule)
    {
        var scope = BusinessRules.Evaluate(new OfficeMustBeInAdministratorsScopeRule(administrator, office));
        return scope.Count > 0
            ? scope
            : BusinessRules.Evaluate(new AdministratorMustBeTrainedRule(administrator), new AdministratorMustNotBeSuspendedRule(administrator), roleRule);
    }

    private void CheckEditor(AdministratorActor editor, CheckInOffice office)
    {
        CheckOffice(office);
        BusinessRules.ThrowIfAny(EditEligibility(editor, office));
    }

    private void CheckOffice(CheckInOffice office)
    {
        if (office.OfficeId != OfficeId)
            throw new InvalidInputException(nameof(OfficeId), $"this setup belongs to another office than {office.Name}.");
    }

    private static void Renumber(IEnumerable<CheckInReason> ordered)
    {
        var position = 1;
        foreach (var reason in ordered)
            reason.Position = position++;
    }

    private CheckInReason Reason(Guid reasonId) =>
        _reasons.SingleOrDefault(r => r.Id == reasonId) ?? throw new InvalidInputException("Reason", "no such check-in reason at this office.");

    private CheckInReasonProposal Proposal(Guid proposalId) =>
        _proposals.SingleOrDefault(p => p.Id == proposalId) ?? throw new InvalidInputException("Proposal", "no such proposal at this office.");
}
