using System.Security.Cryptography;
using System.Text;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.IssueReports;
using CalJobsConsole.Domain.Monitoring;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Signatures;
using CalJobsConsole.Domain.Areas;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Security.AccessMatrix;

/// <summary>
/// One record a route can name: the route values that name it, who may see it under SCO-1 (the app's own
/// <see cref="UserScope"/> rules where it has one for the kind; otherwise the Operations Unit, the record's area's administrators
/// and Director, and the people it is about), and the distinctive text that shows it reached a response.
/// </summary>
public sealed record MatrixRecord(string Label, IReadOnlyDictionary<string, string> RouteValues, Func<UserScope, bool> VisibleTo,
    IReadOnlyList<string> Markers, Guid? AreaId);

/// <summary>
/// The records each parameterised route is filled from, keyed by the route's template without its constraints
/// (<c>/inbox/{RequestId}</c>). A route added with a parameter this table does not know fails the matrix, naming the route: add
/// its records here (or, with the reason, to <see cref="AccessMatrixTests.Exempt"/>).
/// </summary>
public static class MatrixRecords
{
    /// <summary>The SCO-1 reading for records with an area and people but no rule of their own on <see cref="UserScope"/>.</summary>
    private static Func<UserScope, bool> AreaOrPeople(Guid areaId, params Guid[] people) =>
        scope => scope.MayViewArea(areaId) || people.Contains(scope.UserId);

    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<MatrixRecord>>> ReadAsync(ConsoleDbContext db, CancellationToken token)
    {
        var accounts = await db.StaffAccounts.AsNoTracking().ToListAsync(token);
        var requests = await db.AccessRequests.AsNoTracking().ToListAsync(token);
        var areas = await db.Areas.AsNoTracking().ToListAsync(token);
        var offices = await db.Offices.AsNoTracking().ToListAsync(token);
        var evidence = await db.EvidenceDocuments.AsNoTracking().ToListAsync(token);
        var reports = await db.IssueReports.AsNoTracking().Include(r => r.Screenshots).ToListAsync(token);
        var forms = await db.DesignationForms.AsNoTracking().ToListAsync(token);
        var dataChanges = await db.DataChangeRequests.AsNoTracking().ToListAsync(token);
        var notices = await db.Notices.AsNoTracking().Include(n => n.Recipients).ToListAsync(token);
        var findings = await db.MonitoringFindings.AsNoTracking().ToListAsync(token);
        var messages = await db.InAppMessages.AsNoTracking().ToListAsync(token);
        var personOfAccount = accounts.ToDictionary(a => a.Id, a => a.PersonId);

        MatrixRecord Request(string parameter, global::CalJobsConsole.Domain.Requests.AccessRequest r) =>
            new($"request of {r.Form.Staff.FullName}", new Dictionary<string, string> { [parameter] = r.Id.ToString() },
                scope => scope.MayViewRequest(r) || r.RequestorId == scope.UserId, [r.Form.Staff.FullName], r.AreaId);

        var requestRecords = new Func<string, IReadOnlyList<MatrixRecord>>(p => requests.Select(r => Request(p, r)).ToList());
        var reportRecords = new Func<string, IReadOnlyList<MatrixRecord>>(p => reports.Select(r => new MatrixRecord($"issue report '{r.Summary}'",
            new Dictionary<string, string> { [p] = r.Id.ToString() },
            AreaOrPeople(r.AreaId, personOfAccount.GetValueOrDefault(r.ReporterId, r.ReporterId)), [r.Summary], r.AreaId)).ToList());

        return new Dictionary<string, IReadOnlyList<MatrixRecord>>
        {
            ["/accounts/{AccountId}"] = accounts.Select(a => new MatrixRecord($"account of {a.Staff.FullName}",
                new Dictionary<string, string> { ["AccountId"] = a.Id.ToString() }, a.IsVisibleTo, [a.Staff.FullName], a.AreaId)).ToList(),
            ["/areas/{AreaId}"] = areas.Select(a => new MatrixRecord($"area {a.Name}", new Dictionary<string, string> { ["AreaId"] = a.Id.ToString() },
                scope => scope.MayViewArea(a.Id),
                [.. accounts.Where(x => x.AreaId == a.Id).Select(x => x.Staff.FullName), .. a.Director is { } d ? [d.FullName] : Array.Empty<string>()],
                a.Id)).ToList(),
            ["/inbox/{RequestId}"] = requestRecords("RequestId"),
            ["/requests/{Id}/correct"] = requestRecords("Id"),
            ["/records/access-requests/{id}.pdf"] = requestRecords("id"),
            // Evidence kept on an account is the account's (its viewers under SCO-1); before that, the request's.
            ["/evidence/{documentId}"] = evidence.Select(e => requests.Single(r => r.Id == e.RequestId) is var r
                ? new MatrixRecord($"evidence {e.Kind} of {r.Form.Staff.FullName}", new Dictionary<string, string> { ["documentId"] = e.Id.ToString() },
                    accounts.SingleOrDefault(a => a.Id == e.AccountId) is { } account ? account.IsVisibleTo : scope => scope.MayViewRequest(r),
                    [r.Form.Staff.FullName], r.AreaId)
                : null!).ToList(),
            ["/issues/{ReportId}"] = reportRecords("ReportId"),
            ["/records/issue-reports/{id}.pdf"] = reportRecords("id"),
            ["/records/designation-forms/{id}.pdf"] = forms.Select(f => new MatrixRecord($"designation form of {f.Person.FullName}",
                new Dictionary<string, string> { ["id"] = f.Id.ToString() }, AreaOrPeople(f.AreaId, f.AccountableSignerId, f.ActedById),
                [f.Person.FullName], f.AreaId)).ToList(),
            ["/data-changes/{RequestId}"] = dataChanges.Select(c => new MatrixRecord($"data change {c.ParticipantReference}",
                new Dictionary<string, string> { ["RequestId"] = c.Id.ToString() }, AreaOrPeople(c.AreaId, c.FiledById), [c.ParticipantReference], c.AreaId)).ToList(),
            // A notice is statewide; a person sees those that reached them, the Operations Unit (who publish them) all.
            ["/notices/{NoticeId}"] = notices.Select(n => new MatrixRecord($"notice '{n.Title}'", new Dictionary<string, string> { ["NoticeId"] = n.Id.ToString() },
                scope => scope.IsOperationsUnit || n.Recipients.Any(r => r.PersonId == scope.UserId || r.PersonId == scope.StaffAccountId),
                [n.Title], null)).ToList(),
            ["/vosgreeter/{OfficeId}"] = offices.Select(o => new MatrixRecord($"office {o.Name}", new Dictionary<string, string> { ["OfficeId"] = o.Id.ToString() },
                scope => scope.MayViewArea(o.LocalAreaId) || scope.MayViewArea(o.ServingDivisionId), [o.Name], o.LocalAreaId)).ToList(),
            ["/monitoring/{ReviewId}"] = findings.GroupBy(f => f.ReviewId).Select(g => new MatrixRecord($"monitoring review {g.Key}",
                new Dictionary<string, string> { ["ReviewId"] = g.Key.ToString() }, scope => g.Any(f => scope.MayViewArea(f.AreaId)), [], g.First().AreaId)).ToList(),
            ["/monitoring/{ReviewId}/areas/{AreaId}"] = findings.DistinctBy(f => (f.ReviewId, f.AreaId)).Select(f => new MatrixRecord(
                $"monitoring results of {areas.Single(a => a.Id == f.AreaId).Name}",
                new Dictionary<string, string> { ["ReviewId"] = f.ReviewId.ToString(), ["AreaId"] = f.AreaId.ToString() },
                scope => scope.MayViewArea(f.AreaId), [], f.AreaId)).ToList(),
            // A screenshot of the reporting form: its area's administrators (and the Operations Unit once the report is submitted).
            ["/issues/{reportId}/screenshots/{screenshotId}"] = reports.SelectMany(r => r.Screenshots.Select(shot => new MatrixRecord(
                $"screenshot of '{r.Summary}'", new Dictionary<string, string> { ["reportId"] = r.Id.ToString(), ["screenshotId"] = shot.Id.ToString() },
                scope => scope.MayViewArea(r.AreaId), [], r.AreaId))).ToList(),
            // An in-app message is its recipient's alone.
            ["/messages/{MessageId}"] = messages.Select(m => new MatrixRecord($"message '{m.Subject}'", new Dictionary<string, string> { ["MessageId"] = m.Id.ToString() },
                scope => scope.UserId == m.RecipientId, [m.Subject], null)).ToList(),
            ["/monitoring/findings/{FindingId}"] = findings.Select(f => new MatrixRecord($"monitoring finding {f.Code}",
                new Dictionary<string, string> { ["FindingId"] = f.Id.ToString() }, scope => scope.MayViewArea(f.AreaId), [], f.AreaId)).ToList(),
        };
    }

    /// <summary>
    /// The names of people with staff accounts and of the staff named on requests, each with whether a scope takes in some record
    /// that carries it: a name no record of the user's scope carries must reach none of their responses (list pages, CSV exports).
    /// </summary>
    public static async Task<IReadOnlyList<(string Name, Func<UserScope, bool> VisibleTo)>> NamesAsync(ConsoleDbContext db, CancellationToken token)
    {
        var accounts = await db.StaffAccounts.AsNoTracking().ToListAsync(token);
        var requests = await db.AccessRequests.AsNoTracking().ToListAsync(token);
        var holders = accounts.Select(a => (a.Staff.FullName, VisibleTo: (Func<UserScope, bool>)a.IsVisibleTo))
            .Concat(requests.Select(r => (r.Form.Staff.FullName, VisibleTo: (Func<UserScope, bool>)(s => s.MayViewRequest(r) || r.RequestorId == s.UserId))));
        return holders.GroupBy(h => h.FullName)
            .Select(g => (g.Key, (Func<UserScope, bool>)(scope => g.Any(h => h.VisibleTo(scope)))))
            .ToList();
    }

    private static bool IsVisibleTo(this global::CalJobsConsole.Domain.Accounts.StaffAccount account, UserScope scope) => scope.MayViewAccount(account);

    /// <summary>
    /// What the seeded world holds in one area only, or not at all, added for a second area through the domain's own factories, so
    /// every parameterised route has a record inside and one outside each role's scope: a designation form each for Golden
    /// Sierra and Capital Region (none is on file), an issue report and a monitoring review of Capital Region (the demo's are
    /// Golden Sierra's), a verified report with a screenshot in each of the two areas, and an in-app message to Capital Region's administrator (the monitoring draw writes the Operations Unit's); and the evidence
    /// rows' files.
    /// </summary>
    public static async Task AddSecondAreaRecordsAsync(ConsoleDbContext db, BusinessClock clock, EvidenceStore store, CancellationToken token)
    {
        var capital = await db.Areas.SingleAsync(a => a.Name == "Capital Region", token);
        var account = await db.StaffAccounts.Where(a => a.AreaId == capital.Id).OrderBy(a => a.Username).FirstAsync(token);
        db.IssueReports.Add(IssueReport.Report(account.Id, capital.Id, account.OfficeId, "Capital Region matrix report",
            "The employer search page times out after two minutes.", clock));
        // A verified report with a screenshot (its file in the evidence store) in Golden Sierra and in Capital Region, each
        // by the first staff account and the first administrator of the area.
        foreach (var area in await db.Areas.Include(a => a.Designations).Where(a => a.Name == "Golden Sierra" || a.Name == "Capital Region").ToListAsync(token))
        {
            var reporter = await db.StaffAccounts.Where(a => a.AreaId == area.Id).OrderBy(a => a.Username).FirstAsync(token);
            var administrator = area.ActiveDesignations.Select(d => area.ActorFor(d.PersonId)).First(a => a is { IsTrained: true })!;
            var report = IssueReport.Report(reporter.Id, area.Id, reporter.OfficeId, $"{area.Name} matrix screenshot report",
                "The case notes screen shows another office's notes.", clock);
            report.VerifyAsSystemIssue(administrator, clock);
            var bytes = Encoding.UTF8.GetBytes($"access matrix screenshot of {area.Name}");
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            report.AttachScreenshot(administrator, "matrix.png", EvidenceFileType.Png, sha256, bytes.Length, clock);
            Directory.CreateDirectory(Path.GetDirectoryName(store.PathOf(sha256))!);
            await File.WriteAllBytesAsync(store.PathOf(sha256), bytes, token);
            db.IssueReports.Add(report);
        }
        var quarter = Quarter.JustEndedBefore(clock.Today).Previous();
        db.MonitoringReviews.Add(MonitoringReview.Record(quarter, seed: 21, clock.UtcNow, sizePerStratum: 1,
            [new SampledAccount(new SamplingCandidate(account.Id, capital.Id, MonitoringStratum.Existing), account.Username, account.Staff.FullName,
                [new BrokenRule(RuleCode.Mon1, "The matrix's finding.", "Upload the form.")])], clock.UtcNow));
        var capitalAdministrator = await db.Designations.Where(d => d.AreaId == capital.Id).Select(d => d.PersonId).FirstAsync(token);
        db.InAppMessages.Add(InAppMessage.Create(capitalAdministrator, new OutgoingNotification("AccessMatrix", "Capital Region matrix message",
            "For Capital Region's administrator only.", [], []), isCopy: false, protectedSecret: null, clock.UtcNow));
        await db.SaveChangesAsync(token);
        // The demo's evidence rows name files the seeder never stored: a small file each, under the row's hash, so a download
        // that answers carries bytes the matrix can tell apart.
        foreach (var document in await db.EvidenceDocuments.AsNoTracking().ToListAsync(token))
        {
            var path = store.PathOf(document.Sha256);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, $"%PDF-1.4 access matrix evidence {document.Id}", token);
        }

        var areas = await db.Areas.Include(a => a.Designations).Where(a => a.Name == "Golden Sierra" || a.Name == "Capital Region").ToListAsync(token);
        foreach (var area in areas)
        {
            var designation = area.ActiveDesignations.First();
            var signature = Signature.Sign(AttestationStatement.DesignationForm, area.DirectorId!.Value, area.Director!.FullName, area.Director.FullName, clock);
            db.DesignationForms.Add(DesignationForm.SubmitRemoval(area, designation.Id, "Leaving the agency.", clock.Today, signature, clock.Today));
        }
        await db.SaveChangesAsync(token);
    }
}
