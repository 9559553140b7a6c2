using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Domain.Escalations.Rules;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Domain.Requests.Rules;

namespace CalJobsConsole.Domain.Escalations;

/// <summary>
/// A request the administrator may not fulfil alone — a group outside their list, or a restricted privilege —
/// sent to the Operations Unit, which grants or declines it (GRP-3).
/// </summary>
public sealed class Escalation : Entity
{
    private readonly List<string> _privilegeCodes = [];
    private readonly List<string> _brokenRuleCodes = [];

    /// <summary>For EF Core.</summary>
    private Escalation() => Reason = null!;

    private Escalation(Guid requestId, Guid areaId, Guid raisedById, Guid groupId, string reason, DateTimeOffset raisedAt)
    {
        RequestId = requestId;
        AreaId = areaId;
        RaisedById = raisedById;
        PrivilegeGroupId = groupId;
        Reason = reason;
        RaisedAt = raisedAt;
        Status = EscalationStatus.Open;
    }

    public Guid RequestId { get; private set; }

    public Guid AreaId { get; private set; }

    public Guid RaisedById { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public Guid PrivilegeGroupId { get; private set; }

    public IReadOnlyCollection<string> PrivilegeCodes => _privilegeCodes.AsReadOnly();

    /// <summary>The GRP rules the administrator could not satisfy, e.g. ["GRP-1"].</summary>
    public IReadOnlyCollection<string> BrokenRuleCodes => _brokenRuleCodes.AsReadOnly();

    public string Reason { get; private set; }

    public EscalationStatus Status { get; private set; }

    public Guid? DecidedById { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionNote { get; private set; }

    /// <summary>
    /// The administrator sends an approved request to the Operations Unit: its group or privileges are beyond their grant, and
    /// the request was not escalated already (<paramref name="latestEscalation"/>, its latest escalation if any, GRP-3).
    /// </summary>
    public static Escalation Raise(AccessRequest request, AdministratorActor administrator, PrivilegeGroup group,
        IReadOnlyCollection<Privilege> extraPrivileges, string? reason, BusinessClock clock, Escalation? latestEscalation = null)
    {
        if (request.Kind is not (AccessRequestKind.NewAccount or AccessRequestKind.PrivilegeUpdate))
            throw new InvalidInputException(nameof(RequestId), "only new-account and privilege-update requests are escalated.");
        CheckRules(
            new ActMustFollowApprovedRequestRule(request, request.Kind, request.AccountId),
            new AdministratorMustBeTrainedRule(administrator),
            new AdministratorMustNotBeSuspendedRule(administrator),
            new AdministratorMustActWithinScopeRule(administrator, request.AreaId, request.OfficeId),
            new RequestMustNotAwaitEscalationRule(latestEscalation));
        var broken = GrantEligibility.Evaluate(administrator.Role, group, extraPrivileges);
        if (broken.Count == 0)
            throw new InvalidInputException(nameof(PrivilegeGroupId), $"{administrator.Role.DisplayName()}s grant '{group.Name}' themselves; nothing to escalate.");
        var escalation = new Escalation(request.Id, request.AreaId, administrator.PersonId, group.Id,
            ParticipantText.Required(reason, nameof(Reason), 2000, "Reason"), clock.UtcNow);
        escalation._privilegeCodes.AddRange(extraPrivileges.Select(p => p.Code));
        escalation._brokenRuleCodes.AddRange(broken.Select(b => b.Code).Distinct());
        request.MarkEscalated();
        return escalation;
    }

    public void Grant(Guid operationsUnitUserId, string? note, BusinessClock clock) =>
        Decide(EscalationStatus.Granted, operationsUnitUserId, string.IsNullOrWhiteSpace(note) ? null : ParticipantText.Checked(note.Trim(), "Note"), clock);

    public void Decline(Guid operationsUnitUserId, string? reason, BusinessClock clock) =>
        Decide(EscalationStatus.Declined, operationsUnitUserId, ParticipantText.Required(reason, "Reason", 2000), clock);

    private void Decide(EscalationStatus status, Guid decidedById, string? note, BusinessClock clock)
    {
        if (Status != EscalationStatus.Open)
            throw new InvalidInputException(nameof(Status), $"the escalation was already {Status}.");
        var decider = Guard.Required(decidedById, nameof(DecidedById));
        Status = status;
        DecidedById = decider;
        DecidedAt = clock.UtcNow;
        DecisionNote = note;
    }
}
