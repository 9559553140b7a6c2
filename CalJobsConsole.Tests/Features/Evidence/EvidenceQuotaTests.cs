using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Features;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.Tests.Features.Evidence;

/// <summary>
/// The per-person upload quota (CalJobs:Evidence:QuotaMegabytesPerUser): what the uploader uploaded before, summed in the
/// database, plus the new file may reach the quota but not pass it; the refusal says the use and the quota, and keeps nothing.
/// </summary>
public sealed class EvidenceQuotaTests : IAsyncLifetime
{
    private const long OneMegabyte = 1024 * 1024;

    private TestDatabase _database = null!;
    private StoredWorld _stored = null!;
    private DataDirectory _data = null!;
    private AccessRequest _request = null!;
    private readonly byte[] _pdf = HostileFiles.Pdf("% within the quota?");

    private World World => _stored.World;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => (_database, _stored, _data, _request) = await ApprovedRequestWorld.CreateAsync();

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private EvidenceService AdministratorWithQuotaOfOneMegabyte =>
        new(_database, SignedIn.ScopeFor(_database, World.MisAdministrator.PersonId),
            new EvidenceStore(_data, Options.Create(new EvidenceOptions { QuotaMegabytesPerUser = 1 })), World.Business);

    [Fact]
    public async Task UploadAsync_WhenTheFileReachesTheQuotaExactly_KeepsIt()
    {
        await AlreadyUploadedAsync(World.MisAdministrator.PersonId, OneMegabyte - _pdf.Length);

        var outcome = await Upload();

        Assert.True(outcome.Succeeded, outcome.Problem);
    }

    [Fact]
    public async Task UploadAsync_WhenTheFilePassesTheQuotaByOneByte_IsRefusedSayingTheUseAndTheQuotaAndKeepsNothing()
    {
        var used = OneMegabyte - _pdf.Length + 1;
        await AlreadyUploadedAsync(World.MisAdministrator.PersonId, used);

        var outcome = await Upload();

        Assert.Equal(EvidenceStore.Field, outcome.ProblemField);
        Assert.Contains("over your quota", outcome.Problem);
        Assert.Contains($"you have uploaded 1023.8 KB ({used:N0} bytes) of the 1 MB ({OneMegabyte:N0} bytes) a person may upload", outcome.Problem);
        Assert.Contains("CalJobs:Evidence:QuotaMegabytesPerUser", outcome.Problem);
        Assert.Empty(System.IO.Directory.GetFiles(_data.Path, "*", SearchOption.AllDirectories));
        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.EvidenceDocuments.CountAsync(Token));
    }

    [Fact]
    public async Task UploadAsync_WhenAnotherPersonUploadedMuch_CountsOnlyTheUploadersOwn()
    {
        await AlreadyUploadedAsync(_stored.OperationsUnitUserId, OneMegabyte);

        Assert.True((await Upload()).Succeeded);
    }

    [Fact]
    public async Task UploadAsync_WhenTheConsoleFiledARecordOnTheirApproval_DoesNotCountIt()
    {
        await using (var db = _database.CreateDbContext())
        {
            db.EvidenceDocuments.Add(EvidenceDocument.FileRequestForm(_request.Id, "approved.pdf", new string('b', 64), OneMegabyte,
                World.MisAdministrator.PersonId, World.Business));
            await db.SaveChangesAsync(Token);
        }

        Assert.True((await Upload()).Succeeded);
    }

    private Task<ActOutcome<EvidenceDocument>> Upload() =>
        AdministratorWithQuotaOfOneMegabyte.UploadAsync(_request.Id, DocumentKind.SystemAccessRequestForm, "form.pdf", new MemoryStream(_pdf), Token);

    /// <summary>A document row of <paramref name="bytes"/> uploaded earlier by <paramref name="uploaderId"/> (its file need not exist for the count).</summary>
    private async Task AlreadyUploadedAsync(Guid uploaderId, long bytes)
    {
        await using var db = _database.CreateDbContext();
        db.EvidenceDocuments.Add(EvidenceDocument.Upload(_request.Id, DocumentKind.IspaCertificate, "earlier.pdf", EvidenceFileType.Pdf,
            new string('a', 64), bytes, uploaderId, World.Business));
        await db.SaveChangesAsync(Token);
    }
}
