using CalJobsConsole.Tests.Support;
using CalJobsConsole.App.Features.DataChanges;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.App.Features.IssueReports;
using CalJobsConsole.App.Features.Notices;
using CalJobsConsole.App.Features.VosGreeter;
using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Domain.IssueReports;
using CalJobsConsole.Domain.Notices;
using CalJobsConsole.Domain.VosGreeter;
using CalJobsConsole.Tests.Features.Evidence;
using CalJobsConsole.Tests.Features.NewAccounts;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Security.AdministrativeActs;

/// <summary>
/// The support features' administrative acts: data-change decisions and assistance contacts (DCR-1), an administrator's steps
/// on an issue report (ISS-1), recording a notice's relay (COM-1), VOSGreeter changes, proposals and decisions (VOS-1) — and the
/// Operations Unit's own acts there (its reply on an issue, publishing a notice). Staff's own acts (filing a data change
/// request, reporting an issue) are not administrative and are not here.
/// </summary>
public static partial class AdministrativeActs
{
    private static IEnumerable<AdministrativeAct> DataChangeActs =>
    [
        new("DataChangeRequestService.SignAsync", FiledDataChangeAsync,
            (w, user, request) => AdministrativeAct.CodesOf(async () => await DataChangesAs(w, user).SignAsync(((DataChangeRequest)request).Id,
                await SignedIn.NameOfAsync(w.Database, user), ActWorld.Token))),
        new("DataChangeRequestService.DeclineAsync", FiledDataChangeAsync,
            (w, user, request) => AdministrativeAct.CodesOf(() =>
                DataChangesAs(w, user).DeclineAsync(((DataChangeRequest)request).Id, "No document supports it.", ActWorld.Token))),
        new("AssistanceContactService.RecordAsync", w => Task.FromResult<object>(w.World.LocalArea.Id),
            (w, user, areaId) => AdministrativeAct.CodesOf(() => new AssistanceContactService(w.Database, w.ScopeFor(user), w.World.Business)
                .RecordAsync(new AssistanceContactModel
                {
                    AreaId = (Guid)areaId, AssistedStaffName = "Pat Staff", ContactedOn = w.World.Clock.Today.ToDateTime(TimeOnly.MinValue),
                    ParticipantReference = "4821937", Kind = AssistanceKind.DataValidation,
                }, ActWorld.Token))),
    ];

    private static IEnumerable<AdministrativeAct> IssueReportActs =>
    [
        new("IssueReportService.VerifyAsync", w => StoredIssueAsync(w, IssueReportStatus.Reported),
            (w, user, report) => AdministrativeAct.CodesOf(() => IssuesAs(w, user).VerifyAsync(((IssueReport)report).Id, ActWorld.Token))),
        new("IssueReportService.CloseAsUserErrorAsync", w => StoredIssueAsync(w, IssueReportStatus.Reported),
            (w, user, report) => AdministrativeAct.CodesOf(() => IssuesAs(w, user)
                .CloseAsUserErrorAsync(((IssueReport)report).Id, new IssueNoteModel { Note = "Press Save first." }, ActWorld.Token))),
        new("IssueReportService.AttachScreenshotAsync", w => StoredIssueAsync(w, IssueReportStatus.Verified),
            (w, user, report) => AdministrativeAct.CodesOf(() => IssuesAs(w, user)
                .AttachScreenshotAsync(((IssueReport)report).Id, "screen.pdf", new MemoryStream(EvidenceFiles.MinimalPdf()), ActWorld.Token))),
        new("IssueReportService.SubmitAsync", w => StoredIssueAsync(w, IssueReportStatus.Verified),
            (w, user, report) => AdministrativeAct.CodesOf(() => IssuesAs(w, user).SubmitAsync(((IssueReport)report).Id, new IssueReportingFormModel
            {
                WhatHappened = "Case notes vanish.", Where = "Case notes", OccurredOn = new DateTime(2026, 3, 13), StepsToReproduce = "Save, refresh.",
                AffectedUsersAndAccounts = "Pat Staff", OccurredAt = "08:30", Browser = TestIssueForms.Browser, Device = TestIssueForms.Device,
                Urgency = IssueUrgency.Normal, ReporterPhone = TestIssueForms.ReporterPhone, ReporterEmail = TestIssueForms.ReporterEmail,
            }, ActWorld.Token))),
        new("IssueReportService.RelayAsync", w => StoredIssueAsync(w, IssueReportStatus.SubmittedToOperationsUnit),
            (w, user, report) => AdministrativeAct.CodesOf(() => IssuesAs(w, user).RelayAsync(((IssueReport)report).Id,
                ((IssueReport)report).UnrelayedReplies.Single().Id, new IssueNoteModel { Note = "Fixed; try again." }, ActWorld.Token))),
        new("IssueReportService.ReplyAsync", w => StoredIssueAsync(w, IssueReportStatus.SubmittedToOperationsUnit),
            (w, user, report) => AdministrativeAct.CodesOf(() => IssuesAs(w, user)
                .ReplyAsync(((IssueReport)report).Id, new IssueNoteModel { Note = "Another reply." }, ActWorld.Token)),
            OperationsUnitOnly: true),
    ];

    private static IEnumerable<AdministrativeAct> NoticeActs =>
    [
        new("NoticeService.RecordRelayAsync", PublishedNoticeAsync,
            (w, user, notice) => AdministrativeAct.CodesOf(() =>
                NoticesAs(w, user).RecordRelayAsync(((Notice)notice).Id, w.World.LocalArea.Id, "Told my staff.", ActWorld.Token))),
        new("NoticeService.PublishAsync", w => Task.FromResult<object>(NoticeKind.Newsletter),
            (w, user, kind) => AdministrativeAct.CodesOf(() => NoticesAs(w, user).PublishAsync(new ComposeNoticeModel
            {
                Kind = (NoticeKind)kind, Title = "Newsletter", Body = "What administrators need to know.",
            }, ActWorld.Token)),
            OperationsUnitOnly: true),
    ];

    private static IEnumerable<AdministrativeAct> VosGreeterActs =>
    [
        new("VosGreeterService.AddReasonAsync", StoredCheckInSetupAsync,
            (w, user, setup) => AdministrativeAct.CodesOf(() => VosGreeterAs(w, user).AddReasonAsync(((OfficeCheckInSetup)setup).OfficeId,
                new CheckInReasonModel { Label = "Job search help", Program = CheckInProgram.General }, ActWorld.Token))),
        new("VosGreeterService.RenameReasonAsync", StoredCheckInSetupAsync,
            (w, user, setup) => AdministrativeAct.CodesOf(() => VosGreeterAs(w, user).RenameReasonAsync(((OfficeCheckInSetup)setup).OfficeId,
                ReasonOf(setup), new RenameReasonModel { Label = "WIOA orientation (new)" }, ActWorld.Token))),
        new("VosGreeterService.MoveReasonAsync", StoredCheckInSetupAsync,
            (w, user, setup) => AdministrativeAct.CodesOf(() =>
                VosGreeterAs(w, user).MoveReasonAsync(((OfficeCheckInSetup)setup).OfficeId, ReasonOf(setup), up: false, ActWorld.Token))),
        new("VosGreeterService.SetReasonActiveAsync", StoredCheckInSetupAsync,
            (w, user, setup) => AdministrativeAct.CodesOf(() =>
                VosGreeterAs(w, user).SetReasonActiveAsync(((OfficeCheckInSetup)setup).OfficeId, ReasonOf(setup), active: false, ActWorld.Token))),
        new("VosGreeterService.RemoveReasonAsync", StoredCheckInSetupAsync,
            (w, user, setup) => AdministrativeAct.CodesOf(() =>
                VosGreeterAs(w, user).RemoveReasonAsync(((OfficeCheckInSetup)setup).OfficeId, ReasonOf(setup), ActWorld.Token))),
        new("VosGreeterService.ProposeAsync", StoredCheckInSetupAsync,
            (w, user, setup) => AdministrativeAct.CodesOf(() => VosGreeterAs(w, user).ProposeAsync(((OfficeCheckInSetup)setup).OfficeId,
                new CheckInReasonModel { Label = "Trade Adjustment Assistance", Program = CheckInProgram.Veterans }, ActWorld.Token))),
        new("VosGreeterService.AcceptProposalAsync", StoredCheckInSetupAsync,
            (w, user, setup) => AdministrativeAct.CodesOf(() =>
                VosGreeterAs(w, user).AcceptProposalAsync(((OfficeCheckInSetup)setup).OfficeId, ProposalOf(setup), ActWorld.Token))),
        new("VosGreeterService.DeclineProposalAsync", StoredCheckInSetupAsync,
            (w, user, setup) => AdministrativeAct.CodesOf(() => VosGreeterAs(w, user).DeclineProposalAsync(((OfficeCheckInSetup)setup).OfficeId,
                ProposalOf(setup), new DeclineProposalModel { Note = "Routed at the front desk." }, ActWorld.Token))),
    ];

    private static DataChangeRequestService DataChangesAs(ActWorld w, Guid user) =>
        new(w.Database, w.ScopeFor(user), w.World.Business, new RecordingNotificationSender(), NullLogger<DataChangeRequestService>.Instance);

    private static IssueReportService IssuesAs(ActWorld w, Guid user) =>
        new(w.Database, w.ScopeFor(user), w.World.Business, new RecordingNotificationSender(), new EvidenceStore(w.Data),
            NullLogger<IssueReportService>.Instance);

    private static NoticeService NoticesAs(ActWorld w, Guid user) =>
        new(w.Database, w.ScopeFor(user), w.World.Business, new RecordingNotificationSender(), NullLogger<NoticeService>.Instance);

    private static VosGreeterService VosGreeterAs(ActWorld w, Guid user) =>
        new(w.Database, w.ScopeFor(user), w.World.Business, new RecordingNotificationSender(), NullLogger<VosGreeterService>.Instance);

    /// <summary>A data change request a requestor filed for the Local Area's Title I office, waiting for an administrator.</summary>
    private static async Task<object> FiledDataChangeAsync(ActWorld w)
    {
        var request = DataChangeRequest.File(w.World.RequestorId, w.World.LocalArea.Id, w.World.PartnerOffice.Id, "CJ-4821937", "Veteran status",
            "No", "Yes", "DD-214 seen.", w.World.Business);
        await w.AddAsync(request);
        return request;
    }

    /// <summary>A staff member's report at the Local Area's Title I office, taken by its trained MIS Administrator up to <paramref name="status"/>.</summary>
    private static async Task<object> StoredIssueAsync(ActWorld w, IssueReportStatus status)
    {
        var (world, mis) = (w.World, w.World.MisAdministrator);
        var report = IssueReport.Report(Guid.NewGuid(), world.LocalArea.Id, world.PartnerOffice.Id, "Case notes vanish", "Saved notes disappear.", world.Business);
        if (status != IssueReportStatus.Reported)
            report.VerifyAsSystemIssue(mis, world.Business);
        if (status == IssueReportStatus.SubmittedToOperationsUnit)
        {
            report.SubmitToOperationsUnit(mis, TestIssueForms.Complete("Case notes vanish.", "Case notes", world.Clock.Today, "Save, refresh.",
                "Pat Staff", world.Business), world.Business);
            report.ReplyFromOperationsUnit(w.Stored.OperationsUnitUserId, "Fixed in release 4.2.", resolve: false, world.Business);
        }
        await w.AddAsync(report);
        return report;
    }

    /// <summary>A newsletter the Operations Unit published to every administrator (the three who attempt the relay among them).</summary>
    private static async Task<object> PublishedNoticeAsync(ActWorld w)
    {
        IReadOnlyList<NoticeReader> readers;
        await using (var db = w.Database.CreateDbContext())
            readers = await NoticeReaders.AllAsync(db, ActWorld.Token);
        var notice = Notice.Publish(NoticeKind.Newsletter, null, "Newsletter", "What administrators need to know.", w.Stored.OperationsUnitUserId,
            readers, w.World.Business);
        await w.AddAsync(notice);
        return notice;
    }

    /// <summary>The Title I office's setup: one reason its MIS Administrator added and one reason the SPOC proposed.</summary>
    private static async Task<object> StoredCheckInSetupAsync(ActWorld w)
    {
        var world = w.World;
        var office = CheckInOffice.Of(world.PartnerOffice, world.LocalArea, world.Division);
        var setup = OfficeCheckInSetup.For(office.OfficeId);
        setup.AddReason(world.MisAdministrator, office, "WIOA orientation", CheckInProgram.WioaTitleI);
        setup.Propose(world.Spoc, office, "Veterans services (JVSG)", CheckInProgram.Veterans, world.Business.UtcNow);
        await w.AddAsync(setup);
        return setup;
    }

    private static Guid ReasonOf(object setup) => ((OfficeCheckInSetup)setup).Reasons.Single().Id;

    private static Guid ProposalOf(object setup) => ((OfficeCheckInSetup)setup).Proposals.Single().Id;
}
