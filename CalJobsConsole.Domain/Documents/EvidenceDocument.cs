using System.Text.RegularExpressions;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Documents;

/// <summary>
/// An evidence document uploaded for an act (a request being fulfilled) and kept on the staff account
/// for monitoring (DOC-1, MON-1), or filed by the console itself: the approved System Access Request's PDF record
/// (issue 20), a form that exists only inside the console and so is never uploaded. The file itself lives outside the
/// domain, named by its SHA-256.
/// </summary>
public sealed partial class EvidenceDocument : Entity
{
    public const long MaxSizeBytes = 10 * 1024 * 1024;

    private EvidenceDocument(Guid requestId, DocumentKind kind, string fileName, EvidenceFileType fileType, string sha256,
        long sizeBytes, Guid uploadedById, DateTimeOffset uploadedAt)
    {
        RequestId = requestId;
        Kind = kind;
        FileName = fileName;
        FileType = fileType;
        Sha256 = sha256;
        SizeBytes = sizeBytes;
        UploadedById = uploadedById;
        UploadedAt = uploadedAt;
    }

    /// <summary>The request whose act this document evidences.</summary>
    public Guid RequestId { get; private set; }

    /// <summary>The account it is kept on; set when the account exists (at creation, or at once for other acts).</summary>
    public Guid? AccountId { get; private set; }

    public DocumentKind Kind { get; private set; }

    public string FileName { get; private set; }

    public EvidenceFileType FileType { get; private set; }

    /// <summary>Lower-case hexadecimal SHA-256 of the content; also the stored file's name.</summary>
    public string Sha256 { get; private set; }

    public long SizeBytes { get; private set; }

    public Guid UploadedById { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>
    /// True when the console filed it (the PDF record of the approved request form, rendered at approval); then
    /// <see cref="UploadedById"/> is the administrator whose approval filed it.
    /// </summary>
    public bool FiledByConsole { get; private set; }

    /// <summary>
    /// The approved System Access Request (Attachment 3) as the console rendered it at approval, kept as the act's request
    /// form (DOC-1 met for that document without an upload): a PDF of <paramref name="sizeBytes"/> bytes whose SHA-256 is
    /// <paramref name="sha256"/>, filed on the approval of <paramref name="approvedById"/>.
    /// </summary>
    public static EvidenceDocument FileRequestForm(Guid requestId, string? fileName, string? sha256, long sizeBytes, Guid approvedById,
        BusinessClock clock)
    {
        var document = Upload(requestId, DocumentKind.SystemAccessRequestForm, fileName, EvidenceFileType.Pdf, sha256, sizeBytes, approvedById, clock);
        document.FiledByConsole = true;
        return document;
    }

    public static EvidenceDocument Upload(Guid requestId, DocumentKind kind, string? fileName, EvidenceFileType fileType,
        string? sha256, long sizeBytes, Guid uploadedById, BusinessClock clock)
    {
        var hash = Guard.Required(sha256, nameof(Sha256), 64).ToLowerInvariant();
        if (!Sha256Pattern().IsMatch(hash))
            throw new InvalidInputException(nameof(Sha256), "must be 64 hexadecimal characters.");
        if (sizeBytes is <= 0 or > MaxSizeBytes)
            throw new InvalidInputException(nameof(SizeBytes), $"a document must hold between 1 byte and 10 MB; this one holds {sizeBytes} bytes.");
        var name = Path.GetFileName(Guard.Required(fileName, nameof(FileName), 255));
        return new EvidenceDocument(Guard.Required(requestId, nameof(RequestId)), Guard.Defined(kind, nameof(Kind)), name,
            Guard.Defined(fileType, nameof(FileType)), hash, sizeBytes, Guard.Required(uploadedById, nameof(UploadedById)), clock.UtcNow);
    }

    public void KeepOn(Guid accountId) => AccountId = Guard.Required(accountId, nameof(AccountId));

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();
}
