using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.VosGreeter;

namespace CalJobsConsole.App.Features.VosGreeter;

/// <summary>What the reader may do at an office's VOSGreeter setup (VOS-1).</summary>
public enum CheckInPart
{
    /// <summary>The Operations Unit, or an administrator who neither edits nor proposes there.</summary>
    View = 0,

    /// <summary>The office's editor: its MIS Administrator with a Title I partner, its covering SPOC without.</summary>
    Edit = 1,

    /// <summary>A covering SPOC at an office with a Title I partner: proposes reasons for WSB programs.</summary>
    Propose = 2,
}

/// <summary>One office in the reader's scope, with who sets it up and how far along it is.</summary>
public sealed record CheckInOfficeLine(Guid OfficeId, string Name, string LocalAreaName, string DivisionName, bool HasTitleIPartner,
    string SetUpBy, int ActiveReasons, int PendingProposals, CheckInPart YourPart);

public sealed record CheckInReasonLine(Guid Id, string Label, CheckInProgram Program, int Position, bool IsActive, bool FromProposal);

public sealed record CheckInProposalLine(Guid Id, string Label, CheckInProgram Program, string ProposedBy, DateTimeOffset ProposedAt,
    ProposalStatus Status, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote, bool Yours);

/// <summary>
/// An office's setup as the reader may see it: its reasons, the proposals they may see (all of them for the office's editor
/// and the Operations Unit, their own for a SPOC), their part, and — when they may not edit — the rules that say why.
/// </summary>
public sealed record CheckInOfficeView(CheckInOfficeLine Office, IReadOnlyList<CheckInReasonLine> Reasons,
    IReadOnlyList<CheckInProposalLine> Proposals, IReadOnlyList<BrokenRule> WhyNotEditing)
{
    public bool MayEdit => Office.YourPart == CheckInPart.Edit;

    public bool MayPropose => Office.YourPart == CheckInPart.Propose;
}
