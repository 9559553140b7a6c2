using System.Security.Cryptography;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Signatures;
using CalJobsConsole.Tests.Features.Records;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Inbox;

/// <summary>
/// Issue 20, item 4: approving a System Access Request files its PDF record as the act's request form (DOC-1) — the file in the
/// store hashes to the hash kept on the document, and reads back with the approval and its signature; a refused approval files nothing.
/// </summary>
public class ApprovedRequestFilingPdfTests : InboxTestBase
{
    [Fact]
    public async Task Approve_FilesTheApprovedFormsPdfAsTheRequestForm_WhoseStoredFileHashesToTheKeptHash()
    {
        await StoreAsync();
        var request = await SubmitAsync(World.NewAccountForm());
        var administrator = World.MisAdministrator.PersonId;
        var inbox = Inbox(administrator);
        var name = await SignedIn.NameOfAsync(Database, administrator);

        var outcome = await inbox.ApproveAsync(request.Id, (await inbox.RequestAsync(request.Id, Token)).Version, name, Token);

        Assert.True(outcome.Succeeded, outcome.Problem);
        await using var db = Database.CreateDbContext();
        var document = Assert.Single(await db.EvidenceDocuments.AsNoTracking().Where(d => d.RequestId == request.Id).ToListAsync(Token));
        Assert.True(document.FiledByConsole);
        Assert.Equal(DocumentKind.SystemAccessRequestForm, document.Kind);
        Assert.Equal(EvidenceFileType.Pdf, document.FileType);
        Assert.Equal(administrator, document.UploadedById);
        var bytes = await File.ReadAllBytesAsync(new EvidenceStore(TestFiling.Store(Database)).PathOf(document.Sha256), Token);
        Assert.Equal(document.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(document.SizeBytes, bytes.Length);
        var text = PdfText.Of(bytes);
        text.AssertContains("CalJOBS System Access Request (Attachment 3)");
        text.AssertContains("Pat Staff");
        text.AssertContains("Approved the request");
        text.AssertContains(name);
        text.AssertContains(AttestationStatement.RequestApproval.Text);
        text.AssertContains("Signed and submitted the request");
        Assert.Contains("EvidenceFiledByConsole", await db.AuditRecords.AsNoTracking().Where(a => a.RequestId == request.Id).Select(a => a.Action).ToListAsync(Token));
    }

    [Fact]
    public async Task Approve_ThenTheActsEvidenceShowsTheRequestFormFiledByTheConsole_AndDoc1AsksOnlyForWhatExistsOutsideIt()
    {
        await StoreAsync();
        var request = await SubmitAsync(World.NewAccountForm());
        var administrator = World.MisAdministrator.PersonId;
        var inbox = Inbox(administrator);

        await inbox.ApproveAsync(request.Id, (await inbox.RequestAsync(request.Id, Token)).Version, await SignedIn.NameOfAsync(Database, administrator), Token);

        var evidence = await new EvidenceService(Database, SignedIn.ScopeFor(Database, administrator), new EvidenceStore(TestFiling.Store(Database)), World.Business)
            .RequestEvidenceAsync(request.Id, Token);
        var requestForm = Assert.Single(evidence.Required, r => r.Kind == DocumentKind.SystemAccessRequestForm);
        Assert.True(requestForm.Present);
        Assert.True(requestForm.FiledByConsole);
        Assert.True(Assert.Single(evidence.Documents).FiledByConsole);
        // Non-EDD staff at creation: the ISPA certificate and the signed E-1 exist only outside the console, so they are still asked for.
        Assert.Equal([DocumentKind.IspaCertificate, DocumentKind.SignedAttachmentE1], evidence.Required.Where(r => !r.Present).Select(r => r.Kind));
    }

    [Fact]
    public async Task Approve_WhenRefused_FilesNothing()
    {
        await StoreAsync();
        var request = await SubmitAsync(World.NewAccountForm());
        var inbox = Inbox(World.MisAdministrator.PersonId);

        var outcome = await inbox.ApproveAsync(request.Id, (await inbox.RequestAsync(request.Id, Token)).Version, "Riley Requestor", Token);

        Assert.Equal(["REQ-1"], outcome.Codes);
        await using var db = Database.CreateDbContext();
        Assert.False(await db.EvidenceDocuments.AnyAsync(d => d.RequestId == request.Id, Token));
        var store = Path.Combine(Database.Folder, "evidence");
        Assert.False(System.IO.Directory.Exists(store) && System.IO.Directory.EnumerateFiles(store, "*", SearchOption.AllDirectories).Any());
    }
}
