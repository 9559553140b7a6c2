using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.VosGreeter;

/// <summary>One check-in reason a visitor picks on the office's VOSGreeter screen: its label, program, place in the list and whether it shows.</summary>
public sealed class CheckInReason : Entity
{
    public const int MaxLabelLength = 80;

    /// <summary>For EF Core.</summary>
    private CheckInReason() => Label = null!;

    private CheckInReason(Guid setupId, string label, CheckInProgram program, int position, Guid? proposalId)
    {
        SetupId = setupId;
        Label = label;
        Program = program;
        Position = position;
        IsActive = true;
        FromProposalId = proposalId;
    }

    public Guid SetupId { get; private set; }

    public string Label { get; private set; }

    public CheckInProgram Program { get; private set; }

    /// <summary>Its place in the list a visitor sees, from 1.</summary>
    public int Position { get; internal set; }

    /// <summary>An inactive reason stays in the setup but is not offered at check-in.</summary>
    public bool IsActive { get; private set; }

    /// <summary>The SPOC's proposal it came from, when the MIS Administrator accepted one.</summary>
    public Guid? FromProposalId { get; private set; }

    internal static CheckInReason Create(Guid setupId, string label, CheckInProgram program, int position, Guid? proposalId = null) =>
        new(setupId, label, Guard.Defined(program, nameof(Program)), position, proposalId);

    internal void Rename(string label) => Label = label;

    internal void SetActive(bool active) => IsActive = active;
}
