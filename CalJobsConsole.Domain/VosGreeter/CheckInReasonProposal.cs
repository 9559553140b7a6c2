using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.VosGreeter;

public enum ProposalStatus
{
    Pending = 1,
    Accepted = 2,
    Declined = 3,
}

/// <summary>
/// A check-in reason for a WSB program that a SPOC proposes for an office with a Title I partner; the Local Area's MIS
/// Administrator accepts it (the reason is added) or declines it with a note (VOS-1).
/// </summary>
public sealed class CheckInReasonProposal : Entity
{
    public const int MaxNoteLength = 2000;

    /// <summary>For EF Core.</summary>
    private CheckInReasonProposal() => Label = null!;

    private CheckInReasonProposal(Guid setupId, string label, CheckInProgram program, Guid proposedById, DateTimeOffset proposedAt)
    {
        SetupId = setupId;
        Label = label;
        Program = program;
        ProposedById = proposedById;
        ProposedAt = proposedAt;
        Status = ProposalStatus.Pending;
    }

    public Guid SetupId { get; private set; }

    public string Label { get; private set; }

    public CheckInProgram Program { get; private set; }

    public Guid ProposedById { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public ProposalStatus Status { get; private set; }

    public Guid? DecidedById { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The MIS Administrator's note: required when declining.</summary>
    public string? DecisionNote { get; private set; }

    internal static CheckInReasonProposal Create(Guid setupId, string label, CheckInProgram program, Guid proposedById, DateTimeOffset at) =>
        new(setupId, label, program, Guard.Required(proposedById, nameof(ProposedById)), at);

    internal void Decide(ProposalStatus status, Guid decidedById, string? note, DateTimeOffset at)
    {
        Status = status;
        DecidedById = Guard.Required(decidedById, nameof(DecidedById));
        DecidedAt = at;
        DecisionNote = note;
    }
}
