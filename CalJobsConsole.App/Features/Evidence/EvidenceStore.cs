using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CalJobsConsole.App.Configuration;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;

namespace CalJobsConsole.App.Features.Evidence;

/// <summary>What the store kept: the content's lower-case hex SHA-256 (its file name), its size and the type its leading bytes announce.</summary>
public sealed record StoredEvidence(string Sha256, long SizeBytes, EvidenceFileType FileType);

/// <summary>
/// Evidence files (DOC-1) under the data folder, never the web root, each named by its SHA-256 — so identical content is
/// kept once and nothing the user typed ever reaches a path. An upload is streamed into a temporary file in the same
/// folder while it is hashed and counted; it is refused when empty, over 10 MB, or not a PDF, PNG or JPEG by its leading bytes.
/// </summary>
public sealed partial class EvidenceStore(DataDirectory data)
{
    public const string Field = "File";

    /// <summary>
    /// How much a browser's upload stream may deliver: a little over the store's 10 MB, so that the store refuses a file just
    /// over the limit with its own message; a file declaring more still is refused before any byte is read.
    /// </summary>
    public const long BrowserReadLimit = EvidenceDocument.MaxSizeBytes + 1024 * 1024;
    private const int ChunkSize = 81_920;

    private string Root => data.Folder("evidence");

    /// <summary>Stores <paramref name="content"/> (or finds it already stored); refused with <see cref="InvalidInputException"/> on field "File".</summary>
    public async Task<StoredEvidence> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var root = Root;
        var temporary = Path.Combine(root, $".upload-{Guid.NewGuid():N}.tmp");
        try
        {
            var (sha256, size, fileType) = await CopyAndHashAsync(content, temporary, cancellationToken);
            var target = PathOf(root, sha256);
            if (File.Exists(target))
                return new StoredEvidence(sha256, size, fileType);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            try
            {
                File.Move(temporary, target);
            }
            catch (IOException) when (File.Exists(target))
            {
                // Another upload of the same content got there first: the bytes are the same, keep theirs.
            }
            return new StoredEvidence(sha256, size, fileType);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }

    /// <summary>The stored file for a hash, open for reading, or null when no such file is kept.</summary>
    public Stream? OpenRead(string sha256)
    {
        if (!Sha256Pattern().IsMatch(sha256))
            return null;
        var path = PathOf(Root, sha256);
        return File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize, FileOptions.Asynchronous | FileOptions.SequentialScan)
            : null;
    }

    /// <summary>evidence/ab/abcdef….bin: sharded by the first two characters so no folder grows too large.</summary>
    public string PathOf(string sha256) => PathOf(Root, sha256);

    private static string PathOf(string root, string sha256) => Path.Combine(root, sha256[..2], sha256 + ".bin");

    private static async Task<(string Sha256, long Size, EvidenceFileType FileType)> CopyAndHashAsync(Stream content, string temporary,
        CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[ChunkSize];
        var header = new byte[EvidenceFileSignature.HeaderLength];
        long size = 0;
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, ChunkSize, FileOptions.Asynchronous))
        {
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, EvidenceDocument.MaxSizeBytes + 1 - size)), cancellationToken)) > 0)
            {
                if (size < header.Length)
                    buffer.AsSpan(0, (int)Math.Min(read, header.Length - size)).CopyTo(header.AsSpan((int)size));
                size += read;
                if (size > EvidenceDocument.MaxSizeBytes)
                    throw new InvalidInputException(Field, "a document may hold at most 10 MB; this one is larger.");
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        if (size == 0)
            throw new InvalidInputException(Field, "the file is empty.");
        var fileType = EvidenceFileSignature.Detect(header.AsSpan(0, (int)Math.Min(size, header.Length)))
            ?? throw new InvalidInputException(Field, "only a PDF, PNG or JPEG file is accepted, recognised by its content, not its name.");
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size, fileType);
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();
}
