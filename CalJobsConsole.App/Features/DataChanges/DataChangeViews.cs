using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;

namespace CalJobsConsole.App.Features.DataChanges;

/// <summary>
/// One data change request as a screen shows it. <see cref="Blocked"/>: for an administrator's queue, every rule their
/// decision would break now (DCR-1, SCO-1, DES-2, REV-1), shown before they press anything.
/// </summary>
public sealed record DataChangeLine(Guid Id, string AreaName, string OfficeName, string FiledBy, DateTimeOffset FiledAt, string ParticipantReference,
    string FieldName, string? CurrentValue, string RequestedValue, string Reason, DataChangeStatus Status, string? DecidedBy, DateTimeOffset? DecidedAt,
    DateOnly? SignedOn, string? SignatureName, string? DeclineReason, IReadOnlyList<BrokenRule> Blocked)
{
    public bool IsOpen => Status == DataChangeStatus.Submitted;

    public bool MayDecide => IsOpen && Blocked.Count == 0;

    public string StatusText => Status switch
    {
        DataChangeStatus.Submitted => "Awaiting the administrator's signature",
        DataChangeStatus.Signed => $"Signed by {SignatureName} on {SignedOn:yyyy-MM-dd}",
        DataChangeStatus.Declined => $"Declined: {DeclineReason}",
        _ => Status.ToString(),
    };
}

/// <summary>One entry of the assistance contact log.</summary>
public sealed record AssistanceContactLine(Guid Id, string AreaName, string AssistedStaffName, DateOnly ContactedOn, string ParticipantReference,
    AssistanceKind Kind, string? Note, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>An area the administrator records contacts for.</summary>
public sealed record AssistanceArea(Guid Id, string Name);
