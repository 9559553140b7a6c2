using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CalJobsConsole.App.Configuration;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Features.Evidence;

/// <summary>What the store kept: the content's lower-case hex SHA-256 (its file name), its size and the type its leading bytes announce.</summary>
public sealed record StoredEvidence(string Sha256, long SizeBytes, EvidenceFileType FileType);

/// <summary>
/// Evidence files (DOC-1) under the data folder, never the web root, each named by its SHA-256 — so identical content is
/// kept once and nothing the user typed ever reaches a path. An upload (<see cref="StageAsync"/>) has its name checked before
/// a byte is read, is streamed into a temporary file in the same folder while it is hashed and counted (refused when empty
/// or over 10 MB), and its content is checked there (<see cref="UploadContentCheck"/>); only a file that passed is moved into
/// place, by <see cref="StagedEvidence.CommitAsync"/> around the database save. Refused, failed or abandoned, nothing is left.
/// </summary>
public sealed partial class EvidenceStore(DataDirectory data, IOptions<EvidenceOptions>? options = null)
{
    public const string Field = "File";

    /// <summary>
    /// How much a browser's upload stream may deliver: a little over the store's 10 MB, so that the store refuses a file just
    /// over the limit with its own message; a file declaring more still is refused before any byte is read.
    /// </summary>
    public const long BrowserReadLimit = EvidenceDocument.MaxSizeBytes + 1024 * 1024;
    private const int ChunkSize = 81_920;

    /// <summary>One lock per first byte of the hash: a file is moved in, and removed again when its save fails, under it.</summary>
    private readonly SemaphoreSlim[] _moves = Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    private string Root => data.Folder("evidence");

    /// <summary>What a person may upload in all (<c>CalJobs:Evidence:QuotaMegabytesPerUser</c>).</summary>
    public long QuotaBytesPerUser => (options?.Value ?? new EvidenceOptions()).QuotaBytesPerUser;

    /// <summary>
    /// Checks an upload's name, then streams it into a temporary file and checks its content there; refused with
    /// <see cref="InvalidInputException"/> on field "File" (DCR-1 for an SSN-shaped name) with nothing left on disk. The
    /// caller commits it around its save, and disposes it: whatever was not moved into place is deleted.
    /// </summary>
    public async Task<StagedEvidence> StageAsync(Stream content, string? fileName, CancellationToken cancellationToken = default)
    {
        var (displayName, claimed) = UploadFileName.Check(fileName);
        var temporary = TemporaryPath();
        try
        {
            var (sha256, size, _) = await CopyAndHashAsync(content, temporary, cancellationToken);
            if (UploadContentCheck.ProblemOf(await File.ReadAllBytesAsync(temporary, cancellationToken), claimed) is { } problem)
                throw new InvalidInputException(Field, problem);
            return new StagedEvidence(this, temporary, displayName, new StoredEvidence(sha256, size, claimed));
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Stores a file the console rendered itself (a PDF record), or finds it already stored; only its leading bytes are
    /// checked. Uploads go through <see cref="StageAsync"/>. Refused with <see cref="InvalidInputException"/> on field "File".
    /// </summary>
    public async Task<StoredEvidence> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var temporary = TemporaryPath();
        try
        {
            var (sha256, size, header) = await CopyAndHashAsync(content, temporary, cancellationToken);
            var fileType = EvidenceFileSignature.Detect(header)
                ?? throw new InvalidInputException(Field, "only a PDF, PNG or JPEG file is accepted, recognised by its content, not its name.");
            await MoveIntoPlaceAsync(temporary, sha256, cancellationToken);
            return new StoredEvidence(sha256, size, fileType);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Moves the staged file into place (unless the same content is kept already, then the temporary file is dropped), runs
    /// <paramref name="save"/>, and removes the file again when the save fails and this call put it there: under the hash's
    /// lock, so no other upload of the same content can have found it in place and saved a row naming it meanwhile.
    /// </summary>
    internal async Task CommitAsync(StagedEvidence staged, Func<Task> save, CancellationToken cancellationToken)
    {
        var gate = _moves[Convert.ToInt32(staged.Stored.Sha256[..2], 16)];
        await gate.WaitAsync(cancellationToken);
        try
        {
            var target = PathOf(Root, staged.Stored.Sha256);
            var created = MoveUnlocked(staged.TemporaryPath, target);
            try
            {
                await save();
            }
            catch
            {
                if (created)
                    File.Delete(target);
                throw;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task MoveIntoPlaceAsync(string temporary, string sha256, CancellationToken cancellationToken)
    {
        var gate = _moves[Convert.ToInt32(sha256[..2], 16)];
        await gate.WaitAsync(cancellationToken);
        try
        {
            MoveUnlocked(temporary, PathOf(Root, sha256));
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>True when the file was moved in; false when the same content was there already (the temporary file stays, for its owner to delete).</summary>
    private static bool MoveUnlocked(string temporary, string target)
    {
        if (File.Exists(target))
            return false;
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(temporary, target);
            return true;
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another process put the same bytes there first: keep theirs.
            return false;
        }
    }

    private string TemporaryPath() => Path.Combine(Root, $".upload-{Guid.NewGuid():N}.tmp");

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

    /// <summary>Copies the content to <paramref name="temporary"/>, hashing and counting it; refused when empty or over 10 MB (reading stops just past it).</summary>
    private static async Task<(string Sha256, long Size, byte[] Header)> CopyAndHashAsync(Stream content, string temporary,
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
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size, header[..(int)Math.Min(size, header.Length)]);
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();
}
