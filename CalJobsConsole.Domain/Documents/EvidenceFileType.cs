namespace CalJobsConsole.Domain.Documents;

/// <summary>The file types accepted as evidence, recognised by their leading bytes, never by name or declared type.</summary>
public enum EvidenceFileType
{
    Pdf = 1,
    Png = 2,
    Jpeg = 3,
}

public static class EvidenceFileSignature
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int HeaderLength = 8;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary>The type the leading bytes announce, or null when they are none of PDF, PNG or JPEG.</summary>
    public static EvidenceFileType? Detect(ReadOnlySpan<byte> header) =>
        header.StartsWith(Pdf) ? EvidenceFileType.Pdf
        : header.StartsWith(Png) ? EvidenceFileType.Png
        : header.StartsWith(Jpeg) ? EvidenceFileType.Jpeg
        : null;

    public static string ContentType(this EvidenceFileType type) => type switch
    {
        EvidenceFileType.Pdf => "application/pdf",
        EvidenceFileType.Png => "image/png",
        _ => "image/jpeg",
    };
}
