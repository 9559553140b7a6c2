using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.App.Features.Accounts;

/// <summary>
/// An account's history, newest first: every request for it (submitted, decided, fulfilled, read from the request)
/// merged with the audit records of the account and of those requests. A request's own submission, decision or
/// fulfilment is taken from the audit trail when the trail recorded it — with the exact actor — and from the request
/// only when it did not (requests made before the trail, demo data), so no moment shows twice.
/// </summary>
public static class AccountTimeline
{
    public const string SystemActor = "System";
    public const string UnknownActor = "Not recorded";

    private static readonly string[] SubmissionActions = ["AccessRequest.Submitted", "AccessRequest.Corrected"];

    public static IReadOnlyList<TimelineEntry> Build(StaffAccount account, IReadOnlyCollection<AccessRequest> requests,
        IReadOnlyCollection<AuditRecord> audit, PeopleNames names, BusinessClock clock)
    {
        var requestsById = requests.ToDictionary(r => r.Id);
        Guid? RequestOf(AuditRecord record) => record.RequestId ?? (requestsById.ContainsKey(record.EntityId) ? record.EntityId : null);
        string Name(Guid? userId) => userId is { } id ? names[id] : SystemActor;

        var moments = new List<(DateTimeOffset At, int Rank, long Sequence, TimelineEntry Entry)>();
        void Add(DateTimeOffset at, int rank, long sequence, string who, string what, AccessRequestKind? kind, string? note) =>
            moments.Add((at, rank, sequence, new TimelineEntry(clock.ToBusinessTime(at), who, what, kind, note)));

        foreach (var request in requests)
        {
            var recorded = audit.Where(a => RequestOf(a) == request.Id).ToList();
            if (!recorded.Any(a => SubmissionActions.Contains(a.Action)))
                Add(request.SubmittedAt, 0, 0, Name(request.RequestorId),
                    request.DecidedAt < request.SubmittedAt ? "Request corrected and resubmitted" : "Request submitted", request.Kind, null);
            if (request.DecidedAt is { } decidedAt)
            {
                var decision = DecisionAction(request);
                if (recorded.All(a => a.Action != decision))
                    Add(decidedAt, 1, 0, Name(request.DecidedById), AuditActionLabels.For(decision), request.Kind, request.DecisionNote);
            }
            // The act itself is audited on the account with the request's id once the lifecycle actions write it.
            if (request.FulfilledAt is { } fulfilledAt && recorded.All(a => a.EntityType != nameof(StaffAccount)))
                Add(fulfilledAt, 2, 0, FulfilledBy(account, request), FulfilmentLabel(request.Kind), request.Kind, null);
        }
        foreach (var record in audit)
            Add(record.At, 3, record.Id, Name(record.ActorId), AuditActionLabels.For(record.Action),
                RequestOf(record) is { } requestId && requestsById.TryGetValue(requestId, out var source) ? source.Kind : null,
                AuditActionLabels.NoteOf(record.After));

        return moments.OrderByDescending(m => m.At).ThenByDescending(m => m.Rank).ThenByDescending(m => m.Sequence)
            .Select(m => m.Entry).ToList();
    }

    /// <summary>The audit action of the request's last decision; a request submitted again after one was returned for correction.</summary>
    private static string DecisionAction(AccessRequest request) => request.Status switch
    {
        AccessRequestStatus.Approved or AccessRequestStatus.Fulfilled => "AccessRequest.Approved",
        AccessRequestStatus.Rejected => "AccessRequest.Rejected",
        _ => "AccessRequest.ReturnedForCorrection",
    };

    /// <summary>A deactivation scheduled for a later date is carried out by the daily job; other acts do not record who carried them out.</summary>
    private static string FulfilledBy(StaffAccount account, AccessRequest request) =>
        request.Kind == AccessRequestKind.Deactivation && account.ScheduledDeactivationRequestId == request.Id ? SystemActor : UnknownActor;

    private static string FulfilmentLabel(AccessRequestKind kind) => kind switch
    {
        AccessRequestKind.NewAccount => "Account created; temporary password issued",
        AccessRequestKind.PasswordReset => "Password reset; temporary password issued",
        AccessRequestKind.PrivilegeUpdate => "Privileges changed",
        AccessRequestKind.AnnualRenewal => "Account renewed",
        AccessRequestKind.Deactivation => "Account deactivated",
        _ => "Request fulfilled",
    };
}
