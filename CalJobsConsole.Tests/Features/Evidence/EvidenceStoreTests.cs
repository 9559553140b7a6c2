using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;

namespace CalJobsConsole.Tests.Features.Evidence;

/// <summary>DOC-1's files: named by SHA-256 under the data folder, refused when empty, too large or not PDF/PNG/JPEG by content.</summary>
public sealed class EvidenceStoreTests : IDisposable
{
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("caljobs-evidence-").FullName;
    private readonly EvidenceStore _store;

    public EvidenceStoreTests() => _store = new EvidenceStore(new DataDirectory(_folder));

    private string EvidenceFolder => Path.Combine(_folder, "evidence");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task SaveAsync_WhenAMinimalPdf_StoresItByItsHashWithItsSize()
    {
        var pdf = EvidenceFiles.MinimalPdf();
        var hash = EvidenceFiles.Sha256Of(pdf);

        var stored = await _store.SaveAsync(new MemoryStream(pdf), Token);

        Assert.Equal(new StoredEvidence(hash, pdf.Length, EvidenceFileType.Pdf), stored);
        var path = Path.Combine(EvidenceFolder, hash[..2], hash + ".bin");
        Assert.Equal(path, _store.PathOf(hash));
        Assert.Equal(pdf, await File.ReadAllBytesAsync(path, Token));
    }

    [Fact]
    public async Task SaveAsync_WhenTheSameContentTwice_StoresItOnce()
    {
        var pdf = EvidenceFiles.MinimalPdf();

        var first = await _store.SaveAsync(new MemoryStream(pdf), Token);
        var second = await _store.SaveAsync(new MemoryStream(pdf), Token);

        Assert.Equal(first, second);
        Assert.Single(System.IO.Directory.GetFiles(EvidenceFolder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SaveAsync_WhenAPng_DetectsItByItsLeadingBytes()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

        var stored = await _store.SaveAsync(new MemoryStream(png), Token);

        Assert.Equal(EvidenceFileType.Png, stored.FileType);
    }

    [Fact]
    public async Task SaveAsync_WhenAnExecutable_IsRefusedAndNothingKept()
    {
        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => _store.SaveAsync(new MemoryStream(EvidenceFiles.Executable()), Token));

        Assert.Equal(EvidenceStore.Field, refusal.Field);
        Assert.Contains("PDF, PNG or JPEG", refusal.Problem);
        Assert.Empty(System.IO.Directory.GetFiles(EvidenceFolder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SaveAsync_WhenEmpty_IsRefusedAndNothingKept()
    {
        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => _store.SaveAsync(new MemoryStream(), Token));

        Assert.Equal(EvidenceStore.Field, refusal.Field);
        Assert.Contains("empty", refusal.Problem);
        Assert.Empty(System.IO.Directory.GetFiles(EvidenceFolder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SaveAsync_WhenElevenMegabytes_IsRefusedAfterReadingJustPastTheLimitAndNoPartialFileLeft()
    {
        var content = new byte[11 * 1024 * 1024];
        EvidenceFiles.MinimalPdf().CopyTo(content, 0);
        var stream = new MemoryStream(content);

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => _store.SaveAsync(stream, Token));

        Assert.Equal(EvidenceStore.Field, refusal.Field);
        Assert.Contains("10 MB", refusal.Problem);
        Assert.Equal(EvidenceDocument.MaxSizeBytes + 1, stream.Position);
        Assert.Empty(System.IO.Directory.GetFiles(EvidenceFolder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SaveAsync_WhenExactlyTenMegabytes_IsStored()
    {
        var content = new byte[EvidenceDocument.MaxSizeBytes];
        EvidenceFiles.MinimalPdf().CopyTo(content, 0);

        var stored = await _store.SaveAsync(new MemoryStream(content), Token);

        Assert.Equal(EvidenceDocument.MaxSizeBytes, stored.SizeBytes);
    }

    [Fact]
    public async Task SaveAsync_WhenTheStreamDeliversOneByteAtATime_StillDetectsTheType()
    {
        var pdf = EvidenceFiles.MinimalPdf();

        var stored = await _store.SaveAsync(new OneByteAtATimeStream(pdf), Token);

        Assert.Equal(EvidenceFileType.Pdf, stored.FileType);
        Assert.Equal(EvidenceFiles.Sha256Of(pdf), stored.Sha256);
    }

    [Fact]
    public void OpenRead_WhenTheHashIsNotHex_ReturnsNothing()
    {
        Assert.Null(_store.OpenRead("../../etc/passwd"));
    }

    private sealed class OneByteAtATimeStream(byte[] content) : MemoryStream(content)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }
    [Fact]
    public async Task StageAsync_WhenTheSaveFailsAfterTheMove_RemovesTheFileAndTheTemporaryOne()
    {
        await using (var staged = await _store.StageAsync(new MemoryStream(EvidenceFiles.MinimalPdf()), "form.pdf", Token))
        {
            Assert.Single(System.IO.Directory.GetFiles(EvidenceFolder, ".upload-*.tmp"));

            await Assert.ThrowsAsync<IOException>(() => staged.CommitAsync(() => throw new IOException("the database went away"), Token));
        }

        Assert.Empty(System.IO.Directory.GetFiles(EvidenceFolder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task StageAsync_WhenTheSaveFailsAndTheSameContentWasKeptBefore_KeepsTheEarlierFile()
    {
        var pdf = EvidenceFiles.MinimalPdf();
        var earlier = await _store.SaveAsync(new MemoryStream(pdf), Token);

        await using (var staged = await _store.StageAsync(new MemoryStream(pdf), "again.pdf", Token))
            await Assert.ThrowsAsync<IOException>(() => staged.CommitAsync(() => throw new IOException("the database went away"), Token));

        Assert.Equal([_store.PathOf(earlier.Sha256)], System.IO.Directory.GetFiles(EvidenceFolder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task StageAsync_WhenCommitted_MovesTheCheckedFileIntoPlaceAndLeavesNoTemporaryFile()
    {
        var pdf = EvidenceFiles.MinimalPdf();
        var saved = false;

        await using (var staged = await _store.StageAsync(new MemoryStream(pdf), "form.pdf", Token))
        {
            Assert.False(File.Exists(_store.PathOf(staged.Stored.Sha256)));
            await staged.CommitAsync(() =>
            {
                saved = File.Exists(_store.PathOf(staged.Stored.Sha256));
                return Task.CompletedTask;
            }, Token);
        }

        Assert.True(saved, "the file was in place when the save ran");
        Assert.Equal([_store.PathOf(EvidenceFiles.Sha256Of(pdf))], System.IO.Directory.GetFiles(EvidenceFolder, "*", SearchOption.AllDirectories));
    }
}
