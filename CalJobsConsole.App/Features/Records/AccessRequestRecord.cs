using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using static CalJobsConsole.App.Features.FiledFormWords;
using static CalJobsConsole.App.Features.Records.RecordWords;

namespace CalJobsConsole.App.Features.Records;

/// <summary>
/// The CalJOBS System Access Request (Attachment 3) as filed, for its PDF record: the staff member (with job title and phone),
/// where, what is asked, the attestation dates, the requestor's confirmations, title, phone and submission, and the
/// administrator's decision. No scope check here:
/// callers check first (<see cref="FormRecordService"/>, or an act that already passed the gate).
/// </summary>
public static class AccessRequestRecord
{
    public const string Title = "CalJOBS System Access Request (Attachment 3)";
    public const string DirectiveReference = "WSD24-13, Attachment 3: CalJOBS System Access Request (REQ-1, PRE-1, PRE-2)";

    public static async Task<FormRecord> BuildAsync(ConsoleDbContext db, AccessRequest request, BusinessClock clock, CancellationToken cancellationToken = default)
    {
        var form = request.Form;
        var area = await db.Areas.AsNoTracking().Where(a => a.Id == request.AreaId).Select(a => new { a.Name, a.Kind }).SingleOrDefaultAsync(cancellationToken);
        var office = await db.Offices.AsNoTracking().Where(o => o.Id == request.OfficeId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        var group = form.RequestedGroupId is { } groupId
            ? await db.PrivilegeGroups.AsNoTracking().Where(g => g.Id == groupId).Select(g => g.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var account = request.AccountId is { } accountId
            ? await db.StaffAccounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.Username).SingleOrDefaultAsync(cancellationToken)
            : null;
        var names = await db.NamesAsync([request.RequestorId, request.DecidedById], cancellationToken);
        var statement = form.Attestations?.Statement;
        var asked = form.AskedContacts;
        FormRecordSection[] sections =
        [
            new("Request",
            [
                Line("Kind of request", Sentence(request.Kind.DisplayName())),
                Line("Status", request.Status.DisplayName()),
                Line("Submitted", Time(request.SubmittedAt, clock)),
            ]),
            new("Staff member",
            [
                Line("Name", form.Staff.FullName),
                Line("Job title", Asked(form.StaffJobTitle, asked)),
                Line("E-mail", form.Staff.Email),
                Line("Phone", Asked(form.Staff.Phone, asked)),
                Line("Kind of staff", StaffKind(form.StaffKind)),
                Line("CalJOBS staff account", account ?? (request.Kind == AccessRequestKind.NewAccount ? "To be created" : null)),
            ]),
            new("Where",
            [
                Line("Area", area is null ? null : $"{area.Name} ({AreaKind(area.Kind)})"),
                Line("Office", office),
            ]),
            new("What is asked",
            [
                Line("Requested privilege group", group),
                Line("Separation or deactivation date", form.SeparationDate is { } separation ? Date(separation) : null),
                Line("Business need", form.BusinessNeed),
            ]),
            new("Attestations (most recent dates)",
            [
                Line("ISPA training completed", form.Attestations is null ? null : form.Attestations.IspaCompletedOn is { } ispa ? Date(ispa) : "Not completed"),
                Line("Confidentiality statement", statement is null ? null
                    : $"{statement.Kind.DisplayName()} {(statement.Refused ? "refused to sign on" : "signed on")} {Date(statement.Date)}"),
            ]),
            new("Requestor's confirmations",
            [
                Line("Verified the ISPA training and the confidentiality statement", YesNo(form.RequestorVerifiedAttestations)),
                Line("Confirmed the staff member's business need", YesNo(form.RequestorVerifiedBusinessNeed)),
                Line("Requestor", names[request.RequestorId]),
                Line("Requestor's title", Asked(form.RequestorTitle, asked)),
                Line("Requestor's phone", Asked(form.RequestorPhone, asked)),
                Line("Submitted on", Date(clock.ToBusinessDate(request.SubmittedAt))),
            ]),
        ];
        var signatures = new List<FormRecordSignature>
        {
            Signed("Signed and submitted the request", request.RequestorSignature, "Requestor (manager or supervisor)", clock)
                ?? new("Submitted the request", names[request.RequestorId], "Requestor (manager or supervisor)", Time(request.SubmittedAt, clock)),
        };
        if (Signed("Approved the request", request.ApprovalSignature,
                area is null ? "Administrator" : $"{area.Kind.AdministratorRoleOf().DisplayName()} of {area.Name}", clock) is { } approval)
            signatures.Add(approval);
        return new FormRecord(Title, DirectiveReference, request.Id, Sentence(request.Kind.DisplayName()), sections, signatures,
            Decision(request, names, area is null ? null : $"{area.Kind.AdministratorRoleOf().DisplayName()} of {area.Name}", clock),
            Time(clock.UtcNow, clock));
    }

    /// <summary>A kept signature (issue 20): the name typed, when, and the statement word for word with its version; null before signatures were kept.</summary>
    internal static FormRecordSignature? Signed(string act, CalJobsConsole.Domain.Signatures.Signature? signature, string role, BusinessClock clock) =>
        signature is null ? null
            : new(act, signature.SignerName, role, Time(signature.SignedAt, clock), signature.Statement?.Text, signature.StatementVersion);

    private static FormRecordDecision? Decision(AccessRequest request, PeopleNames names, string? deciderRole, BusinessClock clock)
    {
        var outcome = request.Status switch
        {
            AccessRequestStatus.Submitted => null,
            AccessRequestStatus.Fulfilled => $"Approved, and carried out {Time(request.FulfilledAt, clock)}",
            _ => request.Status.DisplayName(),
        };
        return outcome is null ? null
            : new FormRecordDecision(outcome, names.Of(request.DecidedById) is { } by && deciderRole is not null ? $"{by}, {deciderRole}" : names.Of(request.DecidedById),
                request.DecidedAt is { } at ? Time(at, clock) : null, request.DecisionNote);
    }
}
