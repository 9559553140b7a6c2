using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Data.Reads;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Access.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Evidence;

/// <summary>An evidence file ready to send: its content, the name the uploader gave it (display only) and its content type.</summary>
public sealed record EvidenceDownload(Stream Content, string DisplayName, string ContentType);

/// <summary>
/// DOC-1 evidence: an administrator of the request's area (or the Operations Unit) uploads a document for the act,
/// kept on the account when there is one; whoever may view the area downloads it (SCO-1, checked on the server).
/// </summary>
public sealed class EvidenceService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, EvidenceStore store, BusinessClock clock)
{
    /// <summary>
    /// Uploads a file the browser offers: one that declares more than the store keeps is refused before a byte is read, and a
    /// file the browser fails to deliver is refused as unreadable — nothing is kept either way.
    /// </summary>
    public async Task<ActOutcome<EvidenceDocument>> UploadAsync(Guid requestId, DocumentKind kind, IBrowserFile file,
        CancellationToken cancellationToken = default)
    {
        if (file.Size > EvidenceStore.BrowserReadLimit)
            return ActOutcome<EvidenceDocument>.From(ActOutcome.Invalid($"a document may hold at most 10 MB; this one holds {file.Size:N0} bytes."));
        try
        {
            await using var content = file.OpenReadStream(EvidenceStore.BrowserReadLimit, cancellationToken);
            return await UploadAsync(requestId, kind, file.Name, content, cancellationToken);
        }
        catch (IOException)
        {
            return ActOutcome<EvidenceDocument>.From(ActOutcome.Invalid("the file could not be read from your browser; choose it again."));
        }
    }

    /// <summary>
    /// Keeps a document for the request's act, through the gate (SCO-1, DES-2, REV-1 at once; the Operations Unit statewide)
    /// before a byte is stored: the document, or why nothing was kept (the rules, or the file's problem).
    /// </summary>
    public Task<ActOutcome<EvidenceDocument>> UploadAsync(Guid requestId, DocumentKind kind, string? fileName, Stream content,
        CancellationToken cancellationToken = default) =>
        ActOutcome.Of(() => KeepAsync(requestId, kind, fileName, content, cancellationToken));

    private async Task<EvidenceDocument> KeepAsync(Guid requestId, DocumentKind kind, string? fileName, Stream content, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.AccessRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            ?? throw new InvalidInputException("RequestId", "no such request.");
        await scopes.GuardAsync(() =>
        {
            BusinessRules.ThrowIfAny(UploadRefusal(scope, request));
            return true;
        }, cancellationToken);
        // The name is display text only (checked, never rewritten): the stored file is named by its hash, so the name never
        // reaches a path. Checked in a temporary file first; only a file that passed, within the uploader's quota, is moved in.
        await using var staged = await store.StageAsync(content, fileName, cancellationToken);
        var stored = staged.Stored;
        await EvidenceQuota.ThrowIfOverAsync(db, scope.UserId, stored.SizeBytes, store.QuotaBytesPerUser, cancellationToken);
        var document = EvidenceDocument.Upload(request.Id, kind, staged.DisplayName, stored.FileType, stored.Sha256, stored.SizeBytes, scope.UserId, clock);
        if (request.AccountId is { } accountId)
            document.KeepOn(accountId);
        db.EvidenceDocuments.Add(document);
        await ActEvidence.JudgeAgainAsync(db, request, document, cancellationToken);
        db.Audit(clock, scope.UserId, "EvidenceUploaded", nameof(EvidenceDocument), document.Id, request.AreaId, null,
            new { document.RequestId, document.AccountId, Kind = kind.ToString(), document.FileName, FileType = stored.FileType.ToString(), document.Sha256, document.SizeBytes }, request.Id);
        await staged.CommitAsync(() => db.SaveChangesAsync(cancellationToken), cancellationToken);
        return document;
    }

    /// <summary>
    /// The evidence of a request's act for whoever may view its area (SCO-1, refused without data otherwise, as is an
    /// unknown request): what DOC-1 requires by kind of staff and which of it is missing, the documents uploaded, and
    /// whether this user may upload (an administrator of the area whose seat is not suspended, or the Operations Unit).
    /// </summary>
    public async Task<RequestEvidence> RequestEvidenceAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireSignedInAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.AccessRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null || !scope.MayViewRequest(request))
            throw await scopes.RefusedAsync(OutOfScope("request"), cancellationToken);
        var documents = await db.EvidenceDocuments.AsNoTracking().Where(d => d.RequestId == requestId).ToListAsync(cancellationToken);
        var uploaders = await db.NamesAsync(documents.Select(d => d.UploadedById), cancellationToken);
        var moment = EvidenceMoments.For(request.Kind);
        var staffKind = request.Form.StaffKind;
        // Required and Rules list the kinds in the same order: each kind is paired with its own DOC-1 rule.
        var required = EvidenceRequirements.Required(moment, staffKind)
            .Zip(EvidenceRequirements.Rules(moment, staffKind, documents),
                (kind, rule) => new RequiredEvidence(kind, rule.IsBroken() ? BrokenRule.From(rule) : null,
                    documents.Any(d => d.Kind == kind && d.FiledByConsole)))
            .ToList();
        var lines = documents.OrderBy(d => d.UploadedAt)
            .Select(d => new EvidenceLine(d.Id, d.Kind, d.FileName, d.FileType, d.SizeBytes, uploaders[d.UploadedById],
                TimeZoneInfo.ConvertTime(d.UploadedAt, clock.Zone), d.FiledByConsole))
            .ToList();
        // The refusal is shown to an administrator of the area, who would expect to upload; a Director or a supervisor only reads.
        var refusal = UploadRefusal(scope, request);
        var shown = scope.Seats.Any(s => s.AreaId == request.AreaId) ? refusal : [];
        return new RequestEvidence(request.Id, request.Kind, staffKind, moment, required, lines, shown, refusal.Count == 0);
    }

    /// <summary>The signed-in user's download of a document; null when there is no such document or file; SCO-1 when out of scope.</summary>
    public async Task<EvidenceDownload?> OpenAsync(Guid documentId, CancellationToken cancellationToken = default) =>
        await OpenAsync(await scopes.RequireSignedInAsync(cancellationToken), documentId, cancellationToken);

    /// <summary>As <see cref="OpenAsync(Guid, CancellationToken)"/> for a scope already read from the database (the download endpoint).</summary>
    public async Task<EvidenceDownload?> OpenAsync(UserScope scope, Guid documentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await db.EvidenceDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null)
            return null;
        if (!await MayOpenAsync(db, scope, document, cancellationToken))
            throw await scopes.RefusedAsync(OutOfScope("document"), cancellationToken);
        return store.OpenRead(document.Sha256) is { } content
            ? new EvidenceDownload(content, document.FileName, document.FileType.ContentType())
            : null;
    }

    /// <summary>
    /// Kept on an account: whoever may view that account (its area's administrators and Director, the Operations Unit,
    /// its supervisor, the staff member) — the account's area, as an account may have moved. Not yet on an account:
    /// whoever may view the request's area.
    /// </summary>
    private static async Task<bool> MayOpenAsync(ConsoleDbContext db, UserScope scope, EvidenceDocument document, CancellationToken cancellationToken)
    {
        if (document.AccountId is { } accountId
            && await db.StaffAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken) is { } account)
            return scope.MayViewAccount(account);
        var request = await db.AccessRequests.AsNoTracking().SingleAsync(r => r.Id == document.RequestId, cancellationToken);
        return scope.MayViewRequest(request);
    }

    /// <summary>Every rule an upload by <paramref name="scope"/> would break (SCO-1, DES-2, REV-1), through the one gate: the check behind UploadAsync and MayUpload.</summary>
    private static IReadOnlyList<BrokenRule> UploadRefusal(UserScope scope, AccessRequest request) =>
        AdministrativeGate.Evaluate(scope, request.AreaId, request.OfficeId, operationsUnitMay: true, work: "uploads a request's evidence");

    private static BusinessRuleViolationException OutOfScope(string record) => new(BrokenRule.From(new RecordMustBeInUsersScopeRule(false, record)));
}
