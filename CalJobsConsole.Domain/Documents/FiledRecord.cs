using System.Text.RegularExpressions;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Documents;

/// <summary>
/// A form's PDF record as the console filed it when the form was decided (issue 20): the stored file's SHA-256 (also its
/// name in the evidence store), its size and when it was filed. The file is kept as rendered then, so what was recorded
/// stays what anyone downloads later.
/// </summary>
public sealed partial record FiledRecord
{
    private FiledRecord(string sha256, long sizeBytes, DateTimeOffset filedAt)
    {
        Sha256 = sha256;
        SizeBytes = sizeBytes;
        FiledAt = filedAt;
    }

    /// <summary>Lower-case hexadecimal SHA-256 of the PDF file.</summary>
    public string Sha256 { get; private init; }

    public long SizeBytes { get; private init; }

    public DateTimeOffset FiledAt { get; private init; }

    public static FiledRecord Of(string? sha256, long sizeBytes, BusinessClock clock)
    {
        var hash = Guard.Required(sha256, nameof(Sha256), 64).ToLowerInvariant();
        if (!Sha256Pattern().IsMatch(hash))
            throw new InvalidInputException(nameof(Sha256), "must be 64 hexadecimal characters.");
        if (sizeBytes is <= 0 or > EvidenceDocument.MaxSizeBytes)
            throw new InvalidInputException(nameof(SizeBytes), $"a filed record holds between 1 byte and 10 MB; this one holds {sizeBytes} bytes.");
        return new FiledRecord(hash, sizeBytes, clock.UtcNow);
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();
}
