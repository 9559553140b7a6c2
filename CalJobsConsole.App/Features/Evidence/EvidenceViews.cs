using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.App.Features.Evidence;

/// <summary>
/// The evidence of one request's act as the evidence table of DESIGN.md asks for it (DOC-1): each required kind with the
/// broken rule while it is missing, the documents uploaded so far, and whether the signed-in user may upload more — or, for
/// an administrator of the area the gate refuses (DES-2, REV-1, SCO-1 outside their coverage), every reason why not.
/// </summary>
public sealed record RequestEvidence(Guid RequestId, AccessRequestKind RequestKind, StaffKind StaffKind, EvidenceMoment Moment,
    IReadOnlyList<RequiredEvidence> Required, IReadOnlyList<EvidenceLine> Documents, IReadOnlyList<BrokenRule> UploadRefusal,
    bool MayUpload)
{
    /// <summary>Every required document not uploaded yet, as DOC-1 broken rules (reason and remedy from the domain rule).</summary>
    public IReadOnlyList<BrokenRule> Missing => Required.Where(r => r.Missing is not null).Select(r => r.Missing!).ToList();
}

/// <summary>
/// One kind the act requires; <see cref="Missing"/> is its DOC-1 broken rule while no such document was uploaded;
/// <see cref="FiledByConsole"/> when the console filed it (the approved request form, issue 20).
/// </summary>
public sealed record RequiredEvidence(DocumentKind Kind, BrokenRule? Missing, bool FiledByConsole = false)
{
    public bool Present => Missing is null;
}

/// <summary>
/// A document as the panel lists it; <see cref="FileName"/> is the uploader's name for it, display text only;
/// <see cref="UploadedAt"/> is the instant in the business time zone. <see cref="FiledByConsole"/>: the console filed it (the
/// approved request form's PDF record, issue 20) on the approval of <see cref="UploadedByName"/>.
/// </summary>
public sealed record EvidenceLine(Guid Id, DocumentKind Kind, string FileName, EvidenceFileType FileType, long SizeBytes,
    string UploadedByName, DateTimeOffset UploadedAt, bool FiledByConsole = false)
{
    /// <summary>GET /evidence/{id}: the download endpoint, which checks SCO-1 again on every request.</summary>
    public string DownloadUrl => $"/evidence/{Id}";

    /// <summary>"812 bytes", "146 KB", "2.4 MB".</summary>
    public string SizeText => SizeBytes switch
    {
        < 1024 => $"{SizeBytes} bytes",
        < 1024 * 1024 => $"{SizeBytes / 1024.0:0} KB",
        _ => $"{SizeBytes / (1024.0 * 1024):0.0} MB",
    };
}
