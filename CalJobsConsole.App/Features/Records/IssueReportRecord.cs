using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.IssueReports;
using Microsoft.EntityFrameworkCore;
using static CalJobsConsole.App.Features.FiledFormWords;
using static CalJobsConsole.App.Features.Records.RecordWords;

namespace CalJobsConsole.App.Features.Records;

/// <summary>
/// The CalJOBS Issue Reporting Form (Attachment 2) with the report it completes, for its PDF record: what the staff member
/// reported, the form's fields as the administrator completed them (when, at what time, where, browser and device, urgency, how
/// to reach the reporter), the screenshots, the administrator who submitted it to the Operations Unit, the correspondence, and
/// where it ended (closed as user error, resolved). The report must be loaded with its messages and screenshots. No scope check
/// here: callers check first.
/// </summary>
public static class IssueReportRecord
{
    public const string Title = "CalJOBS Issue Reporting Form (Attachment 2)";
    public const string DirectiveReference = "WSD24-13, Attachment 2: Reporting CalJOBS System Issues (ISS-1)";

    /// <summary>The audit action of the submission: the domain keeps who verified the report, the audit trail who submitted it.</summary>
    private const string SubmittedAction = "IssueReport.SubmittedToOperationsUnit";

    public static async Task<FormRecord> BuildAsync(ConsoleDbContext db, IssueReport report, BusinessClock clock, CancellationToken cancellationToken = default)
    {
        var area = await db.Areas.AsNoTracking().Where(a => a.Id == report.AreaId).Select(a => new { a.Name, a.Kind }).SingleOrDefaultAsync(cancellationToken);
        var office = await db.Offices.AsNoTracking().Where(o => o.Id == report.OfficeId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        var submitterId = report.SubmittedAt is null ? null
            : await db.AuditRecords.AsNoTracking().Where(a => a.EntityId == report.Id && a.Action == SubmittedAction)
                .OrderBy(a => a.Id).Select(a => a.ActorId).FirstOrDefaultAsync(cancellationToken) ?? report.HandledById;
        var messages = report.Messages.OrderBy(m => m.WrittenAt.UtcTicks).ToList();
        var names = await db.NamesAsync(messages.Select(m => (Guid?)m.AuthorId).Append(report.ReporterId).Append(report.HandledById).Append(submitterId),
            cancellationToken);
        var administratorRole = area is null ? "Administrator" : $"{area.Kind.AdministratorRoleOf().DisplayName()} of {area.Name}";
        var form = report.Form;
        var sections = new List<FormRecordSection>
        {
            new("Reported problem",
            [
                Line("Summary", report.Summary),
                Line("Description", report.Description),
                Line("Reported by", names[report.ReporterId]),
                Line("Area", area?.Name),
                Line("Office", office),
                Line("Reported", Time(report.ReportedAt, clock)),
                Line("Status", report.Status.DisplayName()),
            ]),
            new("Issue Reporting Form", form is null
                ? [Line("Form", "Not completed yet")]
                :
                [
                    Line("What happened", form.WhatHappened),
                    Line("Where (CalJOBS page or module)", form.Where),
                    Line("When", Date(form.OccurredOn)),
                    Line("Time of day", Asked(form.OccurredAt, form.AskedCircumstances, BusinessTime.ZoneLabel(clock))),
                    Line("Steps to reproduce", form.StepsToReproduce),
                    Line("Users and accounts affected", form.AffectedUsersAndAccounts),
                    Line("Browser", Asked(form.Browser, form.AskedCircumstances)),
                    Line("Device", Asked(form.Device, form.AskedCircumstances)),
                    Line("Urgency", Asked(form.Urgency?.DisplayName(), form.AskedCircumstances)),
                    Line("Reporter's phone", Asked(form.ReporterPhone, form.AskedCircumstances)),
                    Line("Reporter's e-mail", Asked(form.ReporterEmail, form.AskedCircumstances)),
                    Line("Submitted to the Operations Unit", report.SubmittedAt is { } submitted ? Time(submitted, clock) : null),
                ]),
            new("Screenshots", report.Screenshots.Count == 0
                ? [Line("Screenshots", "None")]
                : report.Screenshots.OrderBy(s => s.UploadedAt.UtcTicks)
                    .Select(s => Line(s.FileName, $"{s.SizeBytes / 1024 + 1} KB, attached {Time(s.UploadedAt, clock)}, SHA-256 {s.Sha256}")).ToList()),
            new("Verification by the administrator",
            [
                Line("Handled by", names.Of(report.HandledById)),
                Line("Verified as a system issue", report.VerifiedAt is { } verified ? Time(verified, clock) : null),
            ]),
        };
        if (messages.Count > 0)
            sections.Add(new("Correspondence", messages.Select(m => Line(
                $"{(m.Kind == IssueMessageKind.OperationsUnitReply ? "Operations Unit reply" : "Relayed to the staff member")}, {Time(m.WrittenAt, clock)}",
                $"{names[m.AuthorId]}: {m.Text}{(m.MarksResolved ? " (marked resolved)" : "")}")).ToList()));
        FormRecordSignature[] signatures = report.SubmittedAt is { } at && submitterId is { } submitter
            ? [new("Submitted the form to the Operations Unit", names[submitter], administratorRole, Time(at, clock))]
            : [];
        return new FormRecord(Title, DirectiveReference, report.Id, "Report of a CalJOBS system issue", sections, signatures,
            Decision(report, messages, names, administratorRole, clock), Time(clock.UtcNow, clock));
    }

    private static FormRecordDecision? Decision(IssueReport report, IReadOnlyList<IssueMessage> messages, PeopleNames names, string administratorRole,
        BusinessClock clock)
    {
        string? Administrator() => names.Of(report.HandledById) is { } name ? $"{name}, {administratorRole}" : null;
        switch (report.Status)
        {
            case IssueReportStatus.ClosedAsUserError:
                return new("Closed as user error", Administrator(), Time(report.ClosedAt, clock), report.UserErrorNote);
            case IssueReportStatus.Verified:
                return new("Verified as a system issue; the form is being completed", Administrator(), Time(report.VerifiedAt, clock));
            case IssueReportStatus.SubmittedToOperationsUnit:
                return new("Verified as a system issue and submitted to the Operations Unit, which has not resolved it yet", Administrator(),
                    Time(report.VerifiedAt, clock));
            case IssueReportStatus.Resolved:
                var resolving = messages.LastOrDefault(m => m.MarksResolved);
                return new("Resolved by the Operations Unit", names.Of(resolving?.AuthorId), Time(report.ResolvedAt, clock), resolving?.Text);
            default:
                return null;
        }
    }
}
