using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.App.Features.Records;

/// <summary>
/// The console files the forms it holds (issue 20, item 4), inside the save of the act that decides them, so the record and
/// the decision are kept together or not at all:
/// <list type="bullet">
/// <item>an approved System Access Request (Attachment 3): its PDF record, rendered with the approval and its signature, is
/// kept as the act's "request form" evidence (DOC-1 met for that document without an upload), on the account when there is
/// one;</item>
/// <item>a recorded designation form (Attachment 1): its PDF record, rendered with the Operations Unit's recording, is kept on
/// the form (<see cref="DesignationForm.FiledRecord"/>), and its download serves that file from then on.</item>
/// </list>
/// The file goes to the evidence store first, named by its hash, and the row with the hash is added to the caller's unit of
/// work: if the save then fails, no row names the file, as with an upload refused late.
/// </summary>
public sealed class FormRecordFiling(FormRecordPdf pdf, EvidenceStore store, BusinessClock clock)
{
    /// <summary>Call after <see cref="AccessRequest.Approve"/>, before saving; <paramref name="approvedById"/> is the administrator who approved.</summary>
    public async Task<EvidenceDocument> FileApprovedRequestAsync(ConsoleDbContext db, AccessRequest request, Guid approvedById,
        CancellationToken cancellationToken = default)
    {
        var record = await AccessRequestRecord.BuildAsync(db, request, clock, cancellationToken);
        var stored = await StoreAsync(record, cancellationToken);
        var document = EvidenceDocument.FileRequestForm(request.Id, "approved-" + FormRecordKind.AccessRequest.FileName(request.Id),
            stored.Sha256, stored.SizeBytes, approvedById, clock);
        if (request.AccountId is { } accountId)
            document.KeepOn(accountId);
        db.EvidenceDocuments.Add(document);
        await ActEvidence.JudgeAgainAsync(db, request, document, cancellationToken);
        db.Audit(clock, approvedById, "EvidenceFiledByConsole", nameof(EvidenceDocument), document.Id, request.AreaId, null,
            new { document.RequestId, document.AccountId, Kind = document.Kind.ToString(), document.FileName, document.Sha256, document.SizeBytes }, request.Id);
        return document;
    }

    /// <summary>Call after <see cref="DesignationForm.Record"/>, before saving; <paramref name="recordedById"/> is the Operations Unit member.</summary>
    public async Task FileRecordedDesignationFormAsync(ConsoleDbContext db, DesignationForm form, Guid recordedById,
        CancellationToken cancellationToken = default)
    {
        var record = await DesignationFormRecord.BuildAsync(db, form, clock, cancellationToken);
        var stored = await StoreAsync(record, cancellationToken);
        form.FileRecord(FiledRecord.Of(stored.Sha256, stored.SizeBytes, clock));
        db.Audit(clock, recordedById, "DesignationForm.RecordFiled", nameof(DesignationForm), form.Id, form.AreaId, null,
            new { form.FiledRecord!.Sha256, form.FiledRecord.SizeBytes });
    }

    private async Task<StoredEvidence> StoreAsync(FormRecord record, CancellationToken cancellationToken)
    {
        var file = pdf.Render(record);
        await using var content = new MemoryStream(file.Content, writable: false);
        return await store.SaveAsync(content, cancellationToken);
    }
}
