using CalJobsConsole.Domain.Documents;

namespace CalJobsConsole.Domain.IssueReports;

/// <summary>Who wrote a message on an issue report, and to whom it went.</summary>
public enum IssueMessageKind
{
    /// <summary>The Operations Unit's reply, to the area's administrator (all correspondence is between them, ISS-1).</summary>
    OperationsUnitReply,

    /// <summary>The administrator's update to the staff member who reported it, relaying a reply.</summary>
    RelayedToStaff,
}

/// <summary>One message on an issue report; part of the <see cref="IssueReport"/> aggregate.</summary>
public sealed class IssueMessage
{
    /// <summary>For EF Core.</summary>
    private IssueMessage() => Text = null!;

    internal IssueMessage(Guid reportId, IssueMessageKind kind, string text, Guid authorId, DateTimeOffset writtenAt, bool marksResolved, Guid? relaysMessageId)
    {
        ReportId = reportId;
        Kind = kind;
        Text = text;
        AuthorId = authorId;
        WrittenAt = writtenAt;
        MarksResolved = marksResolved;
        RelaysMessageId = relaysMessageId;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public Guid ReportId { get; private set; }

    public IssueMessageKind Kind { get; private set; }

    public string Text { get; private set; }

    public Guid AuthorId { get; private set; }

    public DateTimeOffset WrittenAt { get; private set; }

    /// <summary>An Operations Unit reply that marked the report resolved.</summary>
    public bool MarksResolved { get; private set; }

    /// <summary>For an update to the staff member: the Operations Unit reply it relays.</summary>
    public Guid? RelaysMessageId { get; private set; }
}

/// <summary>A screenshot kept as an evidence file with the reporting form: stored by its SHA-256 like the evidence documents.</summary>
public sealed class IssueScreenshot
{
    public const int MaxFileNameLength = 200;

    /// <summary>For EF Core.</summary>
    private IssueScreenshot() => (FileName, Sha256) = (null!, null!);

    internal IssueScreenshot(Guid reportId, string fileName, EvidenceFileType fileType, string sha256, long sizeBytes, Guid uploadedById, DateTimeOffset uploadedAt)
    {
        ReportId = reportId;
        FileName = fileName;
        FileType = fileType;
        Sha256 = sha256;
        SizeBytes = sizeBytes;
        UploadedById = uploadedById;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public Guid ReportId { get; private set; }

    public string FileName { get; private set; }

    /// <summary>PDF, PNG or JPEG, as the content announced it.</summary>
    public EvidenceFileType FileType { get; private set; }

    public string Sha256 { get; private set; }

    public long SizeBytes { get; private set; }

    public Guid UploadedById { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
