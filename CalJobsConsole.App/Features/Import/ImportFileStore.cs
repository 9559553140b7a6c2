using System.Security.Cryptography;
using CalJobsConsole.App.Configuration;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.App.Features.Import;

/// <summary>
/// Keeps every uploaded import file, as uploaded, in the data folder's <c>imports</c> folder under a name of its own, with its
/// SHA-256: nothing uploaded is lost, and a batch always reads the very bytes that were checked.
/// </summary>
public sealed class ImportFileStore(DataDirectory data)
{
    public const string FolderName = "imports";

    /// <summary>
    /// Copies the upload (at most <paramref name="maxBytes"/>, refused when empty) into a temporary file in the folder, moved
    /// to its stored name only once all of it arrived; returns its stored name, SHA-256 and size. Refused or failed, nothing is left.
    /// </summary>
    public async Task<(string StoredName, string Sha256, long Size)> KeepAsync(Stream upload, long maxBytes, CancellationToken cancellationToken)
    {
        var folder = data.Folder(FolderName);
        var storedName = $"{Guid.CreateVersion7():N}.csv";
        var temporary = Path.Combine(folder, $".upload-{Guid.NewGuid():N}.tmp");
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await upload.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                        throw new ImportFileTooLargeException(maxBytes);
                    sha.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
            if (size == 0)
                throw new InvalidInputException("File", "the file is empty.");
            File.Move(temporary, Path.Combine(folder, storedName));
        }
        finally
        {
            File.Delete(temporary);
        }
        return (storedName, Convert.ToHexStringLower(sha.GetHashAndReset()), size);
    }

    /// <summary>Removes a stored file whose batch was never saved (its name is its own, so no other batch reads it).</summary>
    public void Forget(string storedName) => File.Delete(Path.Combine(data.Folder(FolderName), Path.GetFileName(storedName)));

    public Task<byte[]> ReadAsync(string storedName, CancellationToken cancellationToken) =>
        File.ReadAllBytesAsync(Path.Combine(data.Folder(FolderName), Path.GetFileName(storedName)), cancellationToken);
}

public sealed class ImportFileTooLargeException(long maxBytes)
    : Exception($"The file is larger than the import limit of {maxBytes / (1024 * 1024)} MB (setting CalJobs:Import:MaxFileMegabytes).");
