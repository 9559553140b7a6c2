using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Access.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Monitoring;
using CalJobsConsole.Domain.Monitoring.Rules;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Monitoring;

/// <summary>
/// MON-1's review screens. The Operations Unit reads every review, asks an area's administrators for more documentation on a
/// finding, resolves findings and publishes; an area's administrator answers the requests of their area and coverage (REV-1:
/// not while their seat is suspended); once published, each sampled area's Director and administrators read their own
/// area's results — nobody else's (SCO-1). Every call reads the user's scope from the database first. The Operations Unit's
/// acts (request, resolve, publish) and the administrator's answer — which passes the one gate, <see cref="ScopeService.ActAsAdministratorAsync"/>
/// (SCO-1, DES-2, REV-1) — return an <see cref="ActOutcome"/>; reads refuse by throwing, for the page's <see cref="ActOutcome.Of{T}"/>.
/// </summary>
public sealed class MonitoringReviewService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock,
    INotificationSender notifications, EvidenceStore store, MonitoringDraw draw, ILogger<MonitoringReviewService> logger)
{
    public async Task<IReadOnlyList<ReviewListLine>> ListAsync(CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reviews = await db.MonitoringReviews.AsNoTracking().Include(r => r.Samples).ThenInclude(s => s.Findings)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.QuarterNumber).ToListAsync(cancellationToken);
        return reviews.Select(r => new ReviewListLine(r.Id, r.Quarter.ToString(), clock.ToBusinessTime(r.DrawnAt), r.Status, r.Samples.Count,
            r.Findings.Count(), r.Findings.Count(f => f.Status == FindingStatus.Resolved), Business(r.PublishedAt))).ToList();
    }

    /// <summary>The whole review, every area: the Operations Unit only.</summary>
    public async Task<ReviewView> ReviewAsync(Guid reviewId, CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ViewAsync(db, await LoadAsync(db, reviewId, tracked: false, cancellationToken), areaId: null, cancellationToken);
    }

    /// <summary>
    /// One area's results: the Operations Unit at any time; the area's Director and administrators once the review is
    /// published. Anyone else, another area, or an unpublished review: refused with SCO-1, saying nothing of the results.
    /// </summary>
    public async Task<ReviewView> AreaResultsAsync(Guid reviewId, Guid areaId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var review = await db.MonitoringReviews.AsNoTracking().Include(r => r.Samples).ThenInclude(s => s.Findings)
            .SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        BusinessRules.Check(new ResultsMustBeReadersOwnRule(
            review is not null && MayReadResults(scope, review, areaId) && review.Samples.Any(s => s.AreaId == areaId)));
        return await ViewAsync(db, review!, areaId, cancellationToken);
    }

    /// <summary>The published results of the user's own areas (directed or administered), newest first.</summary>
    public async Task<IReadOnlyList<PublishedResultLine>> MyResultsAsync(CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        var areaIds = scope.OwnAreaIds.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reviews = await db.MonitoringReviews.AsNoTracking().Include(r => r.Samples.Where(s => areaIds.Contains(s.AreaId))).ThenInclude(s => s.Findings)
            .Where(r => r.Status == MonitoringReviewStatus.Published)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.QuarterNumber).ToListAsync(cancellationToken);
        var names = await AreaNamesAsync(db, cancellationToken);
        return reviews.SelectMany(r => r.Samples.GroupBy(s => s.AreaId)
                .Select(g => new PublishedResultLine(r.Id, r.Quarter.ToString(), g.Key, names.GetValueOrDefault(g.Key, "Unknown area"), clock.ToBusinessTime(r.PublishedAt!.Value),
                    g.Count(), g.Sum(s => s.Findings.Count))))
            .ToList();
    }

    /// <summary>Draws the review's sample again from its recorded seed, size and quarter, and says whether it is the same.</summary>
    public async Task<DrawCheck> CheckDrawAsync(Guid reviewId, CancellationToken cancellationToken = default)
    {
        await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var review = await LoadAsync(db, reviewId, tracked: false, cancellationToken);
        var redrawn = await draw.RedrawAsync(review, cancellationToken);
        var same = redrawn.Select(c => c.AccountId).ToHashSet().SetEquals(review.Samples.Select(s => s.AccountId));
        return new DrawCheck(same, review.Samples.Count, redrawn.Count);
    }

    /// <summary>The documentation requests waiting for this administrator: findings of their areas and coverage, oldest first.</summary>
    public async Task<IReadOnlyList<FindingTask>> DocumentationRequestsAsync(CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        if (!scope.IsAdministrator)
            return [];
        var areaIds = scope.Seats.Select(s => s.AreaId).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var findingIds = await db.MonitoringFindings.AsNoTracking()
            .Where(f => f.Status == FindingStatus.DocumentationRequested && areaIds.Contains(f.AreaId))
            .OrderBy(f => f.RequestedAt).Select(f => f.Id).ToListAsync(cancellationToken);
        var tasks = new List<FindingTask>();
        foreach (var id in findingIds)
            if (await TaskAsync(db, scope, id, cancellationToken) is { MayAnswer: true } task)
                tasks.Add(task);
        return tasks;
    }

    /// <summary>One finding for its answer page: the area's administrators (their coverage) and the Operations Unit; SCO-1 otherwise.</summary>
    public async Task<FindingTask> FindingAsync(Guid findingId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var task = await TaskAsync(db, scope, findingId, cancellationToken);
        var officeId = task is null ? null : await OfficeOfAsync(db, task.AccountId, cancellationToken);
        await scopes.CheckAsync(NotYourFinding(task is not null && (scope.IsOperationsUnit || scope.Seats.Any(s => s.Covers(task.AreaId, officeId)))),
            cancellationToken);
        return task!;
    }

    /// <summary>The Operations Unit asks the finding's area administrators for more documentation; they are told.</summary>
    public Task<ActOutcome> RequestDocumentationAsync(Guid reviewId, Guid findingId, string? note, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(() => RequestDocumentationCoreAsync(reviewId, findingId, note, cancellationToken));

    /// <summary>The Operations Unit resolves a finding with a note.</summary>
    public Task<ActOutcome> ResolveAsync(Guid reviewId, Guid findingId, string? note, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(() => ResolveCoreAsync(reviewId, findingId, note, cancellationToken));

    /// <summary>
    /// Publishes the review as it stands and sends each sampled area's results to its Director and its administrators (MIS
    /// Administrators, or the division's Chief and SPOCs), each with a link to their own area's results only.
    /// </summary>
    public Task<ActOutcome> PublishAsync(Guid reviewId, CancellationToken cancellationToken = default) =>
        ActOutcome.Of(() => PublishCoreAsync(reviewId, cancellationToken));

    /// <summary>
    /// The area's administrator answers a documentation request: an explanation, and a document when they attach one (kept
    /// on the account with the request of the act the finding is about). The Operations Unit is told. Through the one gate:
    /// an administrator of the finding's area and coverage, trained (DES-2) and not suspended (REV-1).
    /// </summary>
    public Task<ActOutcome> AnswerAsync(Guid findingId, string? explanation, DocumentKind? kind, string? fileName, Stream? content,
        CancellationToken cancellationToken = default) =>
        ActOutcome.Of(() => AnswerCoreAsync(findingId, explanation, kind, fileName, content, cancellationToken));

    private async Task RequestDocumentationCoreAsync(Guid reviewId, Guid findingId, string? note, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var review = await LoadAsync(db, reviewId, tracked: true, cancellationToken);
        review.RequestDocumentation(findingId, note!, scope.UserId, clock.UtcNow);
        var finding = review.Finding(findingId);
        var sample = review.Samples.Single(s => s.Id == finding.SampleId);
        db.Audit(clock, scope.UserId, "MonitoringFinding.DocumentationRequested", nameof(MonitoringFinding), finding.Id, finding.AreaId, null,
            new { Quarter = review.Quarter.ToString(), finding.Code, finding.RequestNote });
        await db.SaveChangesAsync(cancellationToken);
        await TellAsync(new OutgoingNotification("MonitoringDocumentationRequested",
            $"Monitoring {review.Quarter}: documentation requested for {sample.StaffName} ({sample.Username})",
            $"The Operations Unit asks for more documentation on a System Access Monitoring finding (MON-1) for {sample.StaffName} ({sample.Username}): " +
            $"{finding.Code} — {finding.Reason}\n\nTheir note: {finding.RequestNote}\n\nAnswer it from your inbox: /monitoring/findings/{finding.Id}",
            await Recipients.AdministratorsAsync(db, finding.AreaId, await OfficeOfAsync(db, finding.AccountId, cancellationToken), cancellationToken), [], finding.AccountId), cancellationToken);
    }

    private async Task ResolveCoreAsync(Guid reviewId, Guid findingId, string? note, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var review = await LoadAsync(db, reviewId, tracked: true, cancellationToken);
        review.Resolve(findingId, note!, scope.UserId, clock.UtcNow);
        var finding = review.Finding(findingId);
        db.Audit(clock, scope.UserId, "MonitoringFinding.Resolved", nameof(MonitoringFinding), finding.Id, finding.AreaId, null,
            new { Quarter = review.Quarter.ToString(), finding.Code, finding.ResolutionNote });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task PublishCoreAsync(Guid reviewId, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireOperationsUnitAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var review = await LoadAsync(db, reviewId, tracked: true, cancellationToken);
        review.Publish(scope.UserId, clock.UtcNow);
        db.Audit(clock, scope.UserId, "MonitoringReview.Published", nameof(MonitoringReview), review.Id, null, null,
            new { Quarter = review.Quarter.ToString(), Sampled = review.Samples.Count, Findings = review.Findings.Count() });
        await db.SaveChangesAsync(cancellationToken);
        var names = await AreaNamesAsync(db, cancellationToken);
        foreach (var area in review.Samples.GroupBy(s => s.AreaId))
        {
            var findings = area.SelectMany(s => s.Findings).ToList();
            var recipients = (await Recipients.DirectorAsync(db, area.Key, cancellationToken)).Concat(await Recipients.AdministratorsAsync(db, area.Key, null, cancellationToken))
                .DistinctBy(r => r.UserId).ToList();
            if (recipients.Count == 0)
                continue;
            await TellAsync(new OutgoingNotification("MonitoringResultsPublished",
                $"Monitoring results {review.Quarter}: {names.GetValueOrDefault(area.Key)}",
                $"The Operations Unit published the System Access Monitoring review (MON-1) of {review.Quarter}. In {names.GetValueOrDefault(area.Key)}, " +
                $"{area.Count()} account(s) were sampled; {area.Count(s => s.IsCompliant)} had no finding; {findings.Count} finding(s), " +
                $"{findings.Count(f => f.Status == FindingStatus.Resolved)} resolved. Read your area's results: /monitoring/{review.Id}/areas/{area.Key}",
                recipients, []), cancellationToken);
        }
    }

    private async Task AnswerCoreAsync(Guid findingId, string? explanation, DocumentKind? kind, string? fileName, Stream? content,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var finding = await db.MonitoringFindings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == findingId, cancellationToken);
        await scopes.CheckAsync(NotYourFinding(finding is not null), cancellationToken);
        var actor = await scopes.ActAsAdministratorAsync(finding!.AreaId, await OfficeOfAsync(db, finding.AccountId, cancellationToken), cancellationToken,
            AnswerWork);
        var review = await LoadAsync(db, finding.ReviewId, tracked: true, cancellationToken);
        var sample = review.Samples.Single(s => s.Id == finding.SampleId);
        EvidenceDocument? document = null;
        var (documentKind, requestId) = (default(DocumentKind), Guid.Empty);
        if (content is not null)
        {
            if (kind is not { } chosen || !Enum.IsDefined(chosen))
                throw new InvalidInputException("Kind", "choose what kind of document you attach.");
            documentKind = chosen;
            requestId = await ActRequestAsync(db, sample, cancellationToken)
                ?? throw new InvalidInputException(EvidenceStore.Field, "this account has no request in the console to keep a document with; explain instead.");
        }
        // The attachment's name and content are checked in a temporary file, moved into place only with the save.
        await using var staged = content is null ? null : await StageAsync(db, actor.PersonId, fileName, content, cancellationToken);
        if (staged is not null)
        {
            var stored = staged.Stored;
            document = EvidenceDocument.Upload(requestId, documentKind, staged.DisplayName, stored.FileType, stored.Sha256,
                stored.SizeBytes, actor.PersonId, clock);
            document.KeepOn(sample.AccountId);
            db.EvidenceDocuments.Add(document);
            await ActEvidence.JudgeAgainAsync(db, await db.AccessRequests.AsNoTracking().SingleAsync(r => r.Id == requestId, cancellationToken),
                document, cancellationToken);
        }
        review.Answer(findingId, explanation!, document?.Id, actor.PersonId, clock.UtcNow);
        db.Audit(clock, actor.PersonId, "MonitoringFinding.Answered", nameof(MonitoringFinding), findingId, finding.AreaId, null,
            new { Quarter = review.Quarter.ToString(), finding.Code, Answer = explanation?.Trim(), DocumentId = document?.Id, document?.Sha256 });
        if (staged is null)
            await db.SaveChangesAsync(cancellationToken);
        else
            await staged.CommitAsync(() => db.SaveChangesAsync(cancellationToken), cancellationToken);
        await TellAsync(new OutgoingNotification("MonitoringFindingAnswered",
            $"Monitoring {review.Quarter}: {actor.Name} answered for {sample.StaffName} ({sample.Username})",
            $"{actor.Name} answered the documentation request on {finding.Code} for {sample.StaffName}: {explanation?.Trim()}" +
            (document is null ? "" : $" A document is attached ({document.Kind.DisplayName()}).") + $"\n\nReview it: /monitoring/{review.Id}",
            await Recipients.OperationsUnitAsync(db, cancellationToken), []), cancellationToken);
    }

    /// <summary>The attachment checked into a temporary file, within its uploader's quota; nothing is left when refused.</summary>
    private async Task<StagedEvidence> StageAsync(ConsoleDbContext db, Guid uploaderId, string? fileName, Stream content, CancellationToken cancellationToken)
    {
        var staged = await store.StageAsync(content, fileName, cancellationToken);
        try
        {
            await EvidenceQuota.ThrowIfOverAsync(db, uploaderId, staged.Stored.SizeBytes, store.QuotaBytesPerUser, cancellationToken);
            return staged;
        }
        catch
        {
            await staged.DisposeAsync();
            throw;
        }
    }

    private static bool MayReadResults(UserScope scope, MonitoringReview review, Guid areaId) =>
        scope.IsOperationsUnit || (review.Status == MonitoringReviewStatus.Published && scope.OwnAreaIds.Contains(areaId));

    /// <summary>What only an administrator of the finding's area does, for the refusal of a person who holds no seat.</summary>
    private const string AnswerWork = "answers the Operations Unit's documentation requests on monitoring findings";

    /// <summary>SCO-1: a finding of another area or coverage, or none at all, is refused in the same words.</summary>
    private static RecordMustBeInUsersScopeRule NotYourFinding(bool inScope) => new(inScope, "monitoring finding");

    private DateTimeOffset? Business(DateTimeOffset? instant) => instant is { } at ? clock.ToBusinessTime(at) : null;

    private async Task<FindingTask?> TaskAsync(ConsoleDbContext db, UserScope scope, Guid findingId, CancellationToken cancellationToken)
    {
        var finding = await db.MonitoringFindings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == findingId, cancellationToken);
        if (finding is null)
            return null;
        var review = await db.MonitoringReviews.AsNoTracking().SingleAsync(r => r.Id == finding.ReviewId, cancellationToken);
        var sample = await db.Set<MonitoringSample>().AsNoTracking().SingleAsync(s => s.Id == finding.SampleId, cancellationToken);
        var areaName = await db.Areas.AsNoTracking().Where(a => a.Id == finding.AreaId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken);
        // Evaluated, not thrown: the answer page says why this person may not answer (DES-2, REV-1, SCO-1), every reason at once.
        var refusals = AdministrativeGate.Evaluate(scope, finding.AreaId, await OfficeOfAsync(db, finding.AccountId, cancellationToken), work: AnswerWork);
        var awaitsAnswer = finding.Status == FindingStatus.DocumentationRequested && review.Status == MonitoringReviewStatus.Open;
        var mayAnswer = awaitsAnswer && refusals.Count == 0;
        var line = (await LinesAsync(db, [finding], cancellationToken))[finding.Id];
        return new FindingTask(finding.Id, review.Id, review.Quarter.ToString(), finding.AreaId, areaName ?? "Unknown area",
            sample.AccountId, sample.Username, sample.StaffName, sample.Stratum, line, mayAnswer && await ActRequestAsync(db, sample, cancellationToken) is not null,
            mayAnswer, awaitsAnswer ? refusals : []);
    }

    /// <summary>The request of the act a finding is about, to keep an answer's document with: the deactivation, or the latest creation or renewal.</summary>
    private static async Task<Guid?> ActRequestAsync(ConsoleDbContext db, MonitoringSample sample, CancellationToken cancellationToken)
    {
        AccessRequestKind[] kinds = sample.Stratum == MonitoringStratum.Deactivated
            ? [AccessRequestKind.Deactivation]
            : [AccessRequestKind.NewAccount, AccessRequestKind.AnnualRenewal];
        var requests = await db.AccessRequests.AsNoTracking()
            .Where(r => (r.Form.AccountId == sample.AccountId || r.CreatedAccountId == sample.AccountId) && kinds.Contains(r.Form.Kind))
            .Select(r => new { r.Id, r.SubmittedAt }).ToListAsync(cancellationToken);
        return requests.OrderByDescending(r => r.SubmittedAt).Select(r => (Guid?)r.Id).FirstOrDefault();
    }

    private static async Task<Guid?> OfficeOfAsync(ConsoleDbContext db, Guid accountId, CancellationToken cancellationToken) =>
        await db.StaffAccounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => (Guid?)a.OfficeId).SingleOrDefaultAsync(cancellationToken);

    private static async Task<MonitoringReview> LoadAsync(ConsoleDbContext db, Guid reviewId, bool tracked, CancellationToken cancellationToken)
    {
        var reviews = tracked ? db.MonitoringReviews : db.MonitoringReviews.AsNoTracking();
        return await reviews.Include(r => r.Samples).ThenInclude(s => s.Findings).SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken)
            ?? throw new InvalidInputException("ReviewId", "no such monitoring review.");
    }

    private async Task<ReviewView> ViewAsync(ConsoleDbContext db, MonitoringReview review, Guid? areaId, CancellationToken cancellationToken)
    {
        var names = await AreaNamesAsync(db, cancellationToken);
        var lines = await LinesAsync(db, review.Findings.ToList(), cancellationToken);
        var acts = await ActsAsync(db, review.Id, areaId, cancellationToken);
        var areas = review.Samples.Where(s => areaId is null || s.AreaId == areaId)
            .GroupBy(s => s.AreaId)
            .Select(g => new AreaResult(g.Key, names.GetValueOrDefault(g.Key, "Unknown area"),
                g.OrderBy(s => s.Stratum).ThenBy(s => s.StaffName)
                    .Select(s => new SampleLine(s.AccountId, s.Username, s.StaffName, s.Stratum, s.Findings.Select(f => lines[f.Id]).ToList(),
                        acts.GetValueOrDefault(s.AccountId)))
                    .ToList()))
            .OrderBy(a => a.AreaName)
            .ToList();
        return new ReviewView(review.Id, review.Quarter.ToString(), review.Seed, clock.ToBusinessTime(review.AsOf), review.SizePerStratum,
            clock.ToBusinessTime(review.DrawnAt), review.Status, Business(review.PublishedAt), areas);
    }

    private async Task<Dictionary<Guid, FindingLine>> LinesAsync(ConsoleDbContext db, IReadOnlyList<MonitoringFinding> findings, CancellationToken cancellationToken)
    {
        var documentIds = findings.Where(f => f.AnswerDocumentId != null).Select(f => f.AnswerDocumentId!.Value).ToList();
        var documents = await db.EvidenceDocuments.AsNoTracking().Where(d => documentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.FileName, cancellationToken);
        return findings.ToDictionary(f => f.Id, f => new FindingLine(f.Id, f.Code, f.Rule.Citation, f.Reason, f.Remedy, f.Status, f.RequestNote,
            Business(f.RequestedAt), f.AnswerText, f.AnswerDocumentId, f.AnswerDocumentId is { } id ? documents.GetValueOrDefault(id) : null,
            Business(f.AnsweredAt), f.ResolutionNote, Business(f.ResolvedAt)));
    }

    /// <summary>
    /// Each sampled account's act (the request that created or last renewed it, whose evidence DOC-1 judges), joined in the
    /// database: the drill-down reaches that act's PDF record (issue 20). Accounts imported without a request have none.
    /// </summary>
    private static async Task<Dictionary<Guid, Guid>> ActsAsync(ConsoleDbContext db, Guid reviewId, Guid? areaId, CancellationToken cancellationToken)
    {
        var acts = await db.Set<MonitoringSample>().AsNoTracking()
            .Where(s => s.ReviewId == reviewId && (areaId == null || s.AreaId == areaId))
            .Join(db.StaffAccounts.AsNoTracking().Where(a => a.EvidencedActRequestId != null), s => s.AccountId, a => a.Id,
                (s, a) => new { s.AccountId, RequestId = a.EvidencedActRequestId!.Value })
            .ToListAsync(cancellationToken);
        return acts.DistinctBy(a => a.AccountId).ToDictionary(a => a.AccountId, a => a.RequestId);
    }

    private static Task<Dictionary<Guid, string>> AreaNamesAsync(ConsoleDbContext db, CancellationToken cancellationToken) =>
        db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);

    /// <summary>The change is saved; a message that cannot go is logged, not thrown (the screens show the state).</summary>
    private Task TellAsync(OutgoingNotification notification, CancellationToken cancellationToken) =>
        notifications.SendAfterSaveAsync(notification, logger, cancellationToken);
}
