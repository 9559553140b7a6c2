using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.App.Features.Requests;

public sealed record OfficeOption(Guid Id, string Name, string LocalAreaName, string DivisionName);

public sealed record GroupOption(Guid Id, string Name);

/// <summary>One of the requestor's own staff accounts, with what the form pre-fills from it.</summary>
/// <param name="Phone">The staff member's phone on record, when it has the shape a form accepts (an imported one may not).</param>
public sealed record StaffOption(Guid AccountId, string Name, string Email, string Username, StaffKind StaffKind, Guid OfficeId, bool WsbStaff,
    string? Phone = null);

/// <param name="SignerName">The requestor's name on record: what they type to sign the form (REQ-1).</param>
/// <param name="RequestorTitle">The requestor's title on their latest request, offered on the next one.</param>
/// <param name="RequestorPhone">The requestor's phone on their latest request, offered on the next one.</param>
public sealed record IntakeOptions(IReadOnlyList<OfficeOption> Offices, IReadOnlyList<GroupOption> Groups, IReadOnlyList<StaffOption> Staff,
    string? SignerName = null, string? RequestorTitle = null, string? RequestorPhone = null);

/// <param name="Escalation">The request's escalation to the Operations Unit (GRP-3), if any: open, granted or declined.</param>
/// <param name="CreatedAccountId">The account a fulfilled new-account request created.</param>
public sealed record RequestLine(Guid Id, AccessRequestKind Kind, string StaffName, string OfficeName, string AreaName,
    AccessRequestStatus Status, DateTimeOffset SubmittedAt, string? DecisionNote, EscalationStatus? Escalation = null, Guid? CreatedAccountId = null);

/// <summary>A returned request as the requestor corrects it: the form as submitted and the administrator's note.</summary>
public sealed record Correction(Guid RequestId, RequestFormModel Model, string? Note);
