using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.Tests.Features.Evidence;

/// <summary>
/// Issue 21 item 4 (OWASP ASVS V5): every file of the hostile corpus, uploaded through the evidence service as an
/// administrator of the area would, is refused with its reason — no document, no audit record, and the data folder
/// (the evidence store and its temporary files) exactly as before; good PDF, PNG and JPEG files are kept.
/// </summary>
public sealed class HostileUploadTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private StoredWorld _stored = null!;
    private DataDirectory _data = null!;
    private AccessRequest _request = null!;

    private World World => _stored.World;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> Hostile => new(HostileFiles.Corpus.Keys);

    public static TheoryData<string> Good => new(HostileFiles.Good.Keys);

    public async ValueTask InitializeAsync() => (_database, _stored, _data, _request) = await ApprovedRequestWorld.CreateAsync();

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private EvidenceService Administrator =>
        new(_database, SignedIn.ScopeFor(_database, World.MisAdministrator.PersonId), new EvidenceStore(_data), World.Business);

    [Fact]
    public void Corpus_HoldsAtLeastThirtyHostileFiles() => Assert.True(HostileFiles.Corpus.Count >= 30, $"{HostileFiles.Corpus.Count} files");

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task UploadAsync_WhenHostile_IsRefusedWithItsReasonAndLeavesNothing(string label)
    {
        var hostile = HostileFiles.Corpus[label];
        // A file kept before, so "exactly as before" is a folder with something in it, not merely an empty one.
        await Administrator.UploadAsync(_request.Id, DocumentKind.IspaCertificate, "earlier.pdf", new MemoryStream(HostileFiles.Pdf("% earlier")), Token).Kept();
        var filesBefore = FilesInDataFolder();
        var rowsBefore = await DocumentAndAuditCountsAsync();

        var outcome = await Administrator.UploadAsync(_request.Id, DocumentKind.SystemAccessRequestForm, hostile.Name, new MemoryStream(hostile.Content()), Token);

        Assert.False(outcome.Succeeded, $"{label} was kept");
        if (hostile.Code is { } code)
        {
            Assert.Equal([code], outcome.Codes);
            Assert.Contains(hostile.Reason, Assert.Single(outcome.BrokenRules).Reason);
        }
        else
        {
            Assert.Equal(EvidenceStore.Field, outcome.ProblemField);
            Assert.Contains(hostile.Reason, outcome.Problem);
        }
        Assert.Equal(filesBefore, FilesInDataFolder());
        Assert.Equal(rowsBefore, await DocumentAndAuditCountsAsync());
    }

    [Theory]
    [MemberData(nameof(Good))]
    public async Task UploadAsync_WhenAGoodFile_KeepsItUnderItsHashWithItsNameAndType(string label)
    {
        var (name, content, type) = HostileFiles.Good[label];
        var bytes = content();

        var document = await Administrator.UploadAsync(_request.Id, DocumentKind.SystemAccessRequestForm, name, new MemoryStream(bytes), Token).Kept();

        Assert.Equal((name, type, EvidenceFiles.Sha256Of(bytes), (long)bytes.Length), (document.FileName, document.FileType, document.Sha256, document.SizeBytes));
        var kept = Assert.Single(FilesInDataFolder());
        Assert.Equal(Path.Combine("evidence", document.Sha256[..2], document.Sha256 + ".bin"), kept);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(_data.Path, kept), Token));
    }

    [Fact]
    public async Task UploadAsync_WhenTheSameContentAgain_KeepsTwoDocumentsAndOneFileWithNoTemporaryLeft()
    {
        var pdf = HostileFiles.Pdf();

        await Administrator.UploadAsync(_request.Id, DocumentKind.SystemAccessRequestForm, "first.pdf", new MemoryStream(pdf), Token).Kept();
        await Administrator.UploadAsync(_request.Id, DocumentKind.IspaCertificate, "second.pdf", new MemoryStream(pdf), Token).Kept();

        Assert.Single(FilesInDataFolder());
        Assert.Equal(2, (await DocumentAndAuditCountsAsync()).Documents);
    }

    /// <summary>Every file under the data folder (the evidence store, its shards and any temporary file), relative and sorted.</summary>
    private List<string> FilesInDataFolder() =>
        System.IO.Directory.GetFiles(_data.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_data.Path, f)).Order(StringComparer.Ordinal).ToList();

    private async Task<(int Documents, int Audits)> DocumentAndAuditCountsAsync()
    {
        await using var db = _database.CreateDbContext();
        return (await db.EvidenceDocuments.CountAsync(Token), await db.AuditRecords.CountAsync(a => a.Action == "EvidenceUploaded", Token));
    }
}
