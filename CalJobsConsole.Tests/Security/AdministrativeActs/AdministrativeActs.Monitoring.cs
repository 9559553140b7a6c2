using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Features;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.App.Features.Jobs;
using CalJobsConsole.App.Features.Monitoring;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.App.Jobs.Runs;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Monitoring;
using CalJobsConsole.Tests.Features.Evidence;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Features.Notifications;
using CalJobsConsole.Tests.Support;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.Tests.Security.AdministrativeActs;

public static partial class AdministrativeActs
{
    /// <summary>
    /// MON-1's review: the area's administrator answers a documentation request (the gate: SCO-1, DES-2, REV-1); asking for
    /// documentation, resolving and publishing are the Operations Unit's alone.
    /// </summary>
    private static IEnumerable<AdministrativeAct> MonitoringActs =>
    [
        new("MonitoringReviewService.AnswerAsync",
            w => DrawnMonitoringFindingAsync(w, documentationRequested: true),
            (w, user, finding) => AdministrativeAct.CodesOf(() => MonitoringReviewsAs(w, user).AnswerAsync(((MonitoringFinding)finding).Id,
                "The certificate is in the training portal.", DocumentKind.IspaCertificate, "ispa.pdf", new MemoryStream(EvidenceFiles.MinimalPdf()),
                ActWorld.Token))),
        new("MonitoringReviewService.RequestDocumentationAsync",
            w => DrawnMonitoringFindingAsync(w, documentationRequested: false),
            (w, user, finding) => AdministrativeAct.CodesOf(() => MonitoringReviewsAs(w, user).RequestDocumentationAsync(((MonitoringFinding)finding).ReviewId,
                ((MonitoringFinding)finding).Id, "Upload the E-1.", ActWorld.Token)),
            OperationsUnitOnly: true),
        new("MonitoringReviewService.ResolveAsync",
            w => DrawnMonitoringFindingAsync(w, documentationRequested: false),
            (w, user, finding) => AdministrativeAct.CodesOf(() => MonitoringReviewsAs(w, user).ResolveAsync(((MonitoringFinding)finding).ReviewId,
                ((MonitoringFinding)finding).Id, "Found on paper.", ActWorld.Token)),
            OperationsUnitOnly: true),
        new("MonitoringReviewService.PublishAsync",
            w => DrawnMonitoringFindingAsync(w, documentationRequested: false),
            (w, user, finding) => AdministrativeAct.CodesOf(() => MonitoringReviewsAs(w, user).PublishAsync(((MonitoringFinding)finding).ReviewId, ActWorld.Token)),
            OperationsUnitOnly: true),
        new("ImportService.UploadAsync",
            ImportBatchAsync,
            async (w, user, batchId) => await AdministrativeAct.CodesOf(async () => (ActOutcome)await ImportServiceFor(w, user).UploadAsync("accounts.csv", new MemoryStream(System.Text.Encoding.UTF8.GetBytes("Record\r\n")), ActWorld.Token)),
            OperationsUnitOnly: true),
        new("ImportService.ConfirmAsync",
            ImportBatchAsync,
            async (w, user, batchId) => await AdministrativeAct.CodesOf(async () => (ActOutcome)await ImportServiceFor(w, user).ConfirmAsync((Guid)batchId, ActWorld.Token)),
            OperationsUnitOnly: true),
        new("ImportService.BatchAsync",
            ImportBatchAsync,
            async (w, user, batchId) => await AdministrativeAct.CodesOf(async () => (ActOutcome)await ImportServiceFor(w, user).BatchAsync((Guid)batchId, ActWorld.Token)),
            OperationsUnitOnly: true),
        new("ImportService.HistoryAsync",
            ImportBatchAsync,
            async (w, user, batchId) => await AdministrativeAct.CodesOf(async () => (ActOutcome)await ImportServiceFor(w, user).HistoryAsync(ActWorld.Token)),
            OperationsUnitOnly: true),
        new("ImportService.ProblemsAsync",
            ImportBatchAsync,
            async (w, user, batchId) => await AdministrativeAct.CodesOf(async () => (ActOutcome)await ImportServiceFor(w, user).ProblemsAsync((Guid)batchId, null, 1, 50, ActWorld.Token)),
            OperationsUnitOnly: true),
    ];

    /// <summary>A checked import batch with nothing to commit, as if an Operations Unit member had uploaded it.</summary>
    private static async Task<object> ImportBatchAsync(ActWorld w)
    {
        await using var db = w.Database.CreateDbContext();
        var batch = global::CalJobsConsole.App.Features.Import.ImportBatch.Upload("accounts.csv", "none.csv", new string('0', 64), 0, Guid.NewGuid(), w.World.Business.UtcNow);
        batch.RecordCheck(new global::CalJobsConsole.App.Features.Import.ImportCounts(0, 0, 0, 0, 0), w.World.Business.UtcNow);
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(ActWorld.Token);
        return batch.Id;
    }

    private static global::CalJobsConsole.App.Features.Import.ImportService ImportServiceFor(ActWorld w, Guid user) =>
        new(w.Database, w.ScopeFor(user), new global::CalJobsConsole.App.Features.Import.ImportFileStore(new global::CalJobsConsole.App.Configuration.DataDirectory(w.Database.Folder)),
            new JobRunRequests(w.Database, new RecordingJobClient(), w.World.Business, NullLogger<JobRunRequests>.Instance),
            Microsoft.Extensions.Options.Options.Create(new global::CalJobsConsole.App.Features.Import.ImportOptions()), w.World.Business);

    /// <summary>The Operations Unit's tools: retrying an e-mail from the outbox, and running a background job now (the monitoring draw among them).</summary>
    private static IEnumerable<AdministrativeAct> OperationsUnitToolActs =>
    [
        new("OutboxService.RetryNowAsync",
            async w =>
            {
                await OutboxSenderFor(w, new ScriptedTransport(failures: 1)).SendAsync(new OutgoingNotification("reminder.renewal", "Renewal due",
                    "Renew your account.", [new NotificationRecipient(w.World.MisAdministrator.Name, "mis@example.org", w.World.MisAdministrator.PersonId)], []),
                    ActWorld.Token);
                await using var db = w.Database.CreateDbContext();
                return await db.Notifications.Select(n => n.Id).SingleAsync(ActWorld.Token);
            },
            // The cast keeps the outcome: an ActOutcome<T> would otherwise be taken for a plain Task and its refusal dropped.
            (w, user, notificationId) => AdministrativeAct.CodesOf(async () => (ActOutcome)await
                new OutboxService(w.Database, w.ScopeFor(user), OutboxDeliveryFor(w, new ScriptedTransport()), w.World.Business)
                    .RetryNowAsync((Guid)notificationId, ActWorld.Token)),
            OperationsUnitOnly: true),
        new("BackgroundJobsService.RunNowAsync",
            _ => Task.FromResult<object>(MonitoringSampleJob.Name),
            async (w, user, jobName) =>
            {
                using var storage = new InMemoryStorage();
                var catalogue = new JobCatalogue(JobSchedule.Jobs);
                var requests = new JobRunRequests(w.Database, new RecordingJobClient(), w.World.Business, NullLogger<JobRunRequests>.Instance);
                var schedule = new JobSchedule(new RecurringJobManager(storage), new ConfigurationBuilder().Build(), w.World.Business, catalogue);
                return await AdministrativeAct.CodesOf(async () => (ActOutcome)await
                    new BackgroundJobsService(w.Database, w.ScopeFor(user), requests, schedule, catalogue, storage, w.World.Business)
                        .RunNowAsync((string)jobName, ActWorld.Token));
            },
            OperationsUnitOnly: true),
    ];

    /// <summary>
    /// A Local Area account whose signed E-1 was lost, and 2026 Q1's review drawn over it: its DOC-1 finding, with documentation
    /// requested by the Operations Unit when <paramref name="documentationRequested"/> (so the area's administrator may answer).
    /// </summary>
    private static async Task<object> DrawnMonitoringFindingAsync(ActWorld w, bool documentationRequested)
    {
        var (_, account) = await StoredAccounts.CreateAsync(w.Database, w.World, w.World.NewAccountForm(), "pat.staff");
        await using var db = w.Database.CreateDbContext();
        await db.EvidenceDocuments.Where(d => d.AccountId == account.Id && d.Kind == DocumentKind.SignedAttachmentE1).ExecuteDeleteAsync(ActWorld.Token);
        var drawn = await MonitoringDrawFor(w).DrawAsync(new Quarter(2026, 1), seed: 9, cancellationToken: ActWorld.Token);
        var review = await db.MonitoringReviews.Include(r => r.Samples).ThenInclude(s => s.Findings).SingleAsync(r => r.Id == drawn.Review.Id, ActWorld.Token);
        var finding = review.Findings.First(f => f.AccountId == account.Id);
        if (documentationRequested)
        {
            review.RequestDocumentation(finding.Id, "Upload the E-1.", w.Stored.OperationsUnitUserId, w.World.Clock.UtcNow);
            await db.SaveChangesAsync(ActWorld.Token);
        }
        return finding;
    }

    private static MonitoringReviewService MonitoringReviewsAs(ActWorld w, Guid user) =>
        new(w.Database, w.ScopeFor(user), w.World.Business, new RecordingNotificationSender(), new EvidenceStore(w.Data), MonitoringDrawFor(w),
            NullLogger<MonitoringReviewService>.Instance);

    private static MonitoringDraw MonitoringDrawFor(ActWorld w) =>
        new(w.Database, w.World.Business, w.World.Policy, Options.Create(new CalJobsOptions()), NullLogger<MonitoringDraw>.Instance);

    private static NotificationEmailDelivery OutboxDeliveryFor(ActWorld w, IMailTransport transport) =>
        new(w.Database, OutboxProtector(), transport, Options.Create(new MailOptions()), w.World.Business, new RecordingJobClient(),
            NullLogger<NotificationEmailDelivery>.Instance);

    private static SecretProtector OutboxProtector() => new(new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider());

    private static NotificationSender OutboxSenderFor(ActWorld w, IMailTransport transport) =>
        new(w.Database, OutboxProtector(), transport, OutboxDeliveryFor(w, transport), w.World.Business, NullLogger<NotificationSender>.Instance);
}
