using System.Security.Cryptography;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.App.Features.Records;
using CalJobsConsole.Domain.Signatures;
using CalJobsConsole.Tests.Features.Records;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Designations;

/// <summary>
/// Issue 20, item 4: recording a designation form files its PDF record on the form; the stored file hashes to the kept hash,
/// reads back with the signature and the recording, and is what the download serves from then on. A refusal files nothing.
/// </summary>
public class DesignationFormFilingPdfTests : DesignationServiceTestBase
{
    [Fact]
    public async Task Record_FilesTheFormsPdfOnTheForm_AndTheDownloadServesThatFile()
    {
        var formId = await SubmitAddAsync(World.LocalArea.Id, DirectorId, "Filed Admin");

        var outcome = await Forms(OpsId).RecordAsync(formId, Token);

        Assert.True(outcome.Succeeded, outcome.Problem);
        await using var db = Database.CreateDbContext();
        var filed = (await db.DesignationForms.AsNoTracking().SingleAsync(f => f.Id == formId, Token)).FiledRecord;
        Assert.NotNull(filed);
        var store = new EvidenceStore(TestFiling.Store(Database));
        var bytes = await File.ReadAllBytesAsync(store.PathOf(filed.Sha256), Token);
        Assert.Equal(filed.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(filed.SizeBytes, bytes.Length);
        var text = PdfText.Of(bytes);
        text.AssertContains("Filed Admin");
        text.AssertContains("Recorded by the Operations Unit");
        text.AssertContains(AttestationStatement.DesignationForm.Text);

        var scope = await SignedIn.ScopeFor(Database, DirectorId).CurrentAsync(Token);
        var download = await new FormRecordService(Database, SignedIn.ScopeFor(Database, DirectorId), World.Business, PdfText.Renderer(), store)
            .OpenPdfAsync(scope!, FormRecordKind.DesignationForm, formId, Token);
        Assert.NotNull(download);
        Assert.Equal(filed, download.Filed);
        Assert.Equal(bytes, download.Content);
    }

    [Fact]
    public async Task Refuse_FilesNothingAndTheDownloadIsDrawnFromTheForm()
    {
        var formId = await SubmitAddAsync(World.LocalArea.Id, DirectorId, "Refused Admin");

        var outcome = await Forms(OpsId).RefuseAsync(formId, "Not signed by the Director.", Token);

        Assert.True(outcome.Succeeded, outcome.Problem);
        await using var db = Database.CreateDbContext();
        Assert.Null((await db.DesignationForms.AsNoTracking().SingleAsync(f => f.Id == formId, Token)).FiledRecord);
        var scope = await SignedIn.ScopeFor(Database, OpsId).CurrentAsync(Token);
        var download = await new FormRecordService(Database, SignedIn.ScopeFor(Database, OpsId), World.Business, PdfText.Renderer(),
            new EvidenceStore(TestFiling.Store(Database))).OpenPdfAsync(scope!, FormRecordKind.DesignationForm, formId, Token);
        Assert.NotNull(download);
        Assert.Null(download.Filed);
        PdfText.Of(download.Content).AssertContains("Not signed by the Director.");
    }
}
