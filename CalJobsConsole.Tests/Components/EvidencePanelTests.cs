using Bunit;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Features.Evidence;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace CalJobsConsole.Tests.Components;

/// <summary>
/// The evidence panel of a request: every missing DOC-1 document with its reason, the uploaded list with downloads, and an
/// upload that files a real PDF, refuses anything else with the reason beside the control, and is absent for a Director.
/// </summary>
public class EvidencePanelTests : ComponentTestContext
{
    private StoredWorld _stored = null!;
    private AccessRequest _request = null!;
    private int _uploadedCalls;

    private World World => _stored.World;

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _stored = await StoredWorld.CreateAsync(Database);
        _request = World.Approved(World.NewAccountForm(StaffKind.NonEdd));
        await using var db = Database.CreateDbContext();
        db.AccessRequests.Add(_request);
        await db.SaveChangesAsync(Token);
    }

    [Fact]
    public void Render_WhenANonEddNewAccountHasNoDocument_ListsEachRequiredDocumentAsMissingWithItsDoc1Reason()
    {
        var panel = RenderPanelAs(World.MisAdministrator.PersonId);

        panel.WaitForAssertion(() => Assert.Equal(3, panel.FindAll("li.evidence-missing").Count));
        Assert.Equal(["DOC-1", "DOC-1", "DOC-1"], panel.FindAll("li.evidence-missing .rule-code").Select(c => c.TextContent.Trim()));
        Assert.Contains("The ISPA training certificate for this new account has not been uploaded.", panel.Find("li[data-kind='IspaCertificate']").TextContent);
        Assert.Contains("The signed Attachment E-1 for this new account has not been uploaded.", panel.Find("li[data-kind='SignedAttachmentE1']").TextContent);
        Assert.NotNull(panel.Find(".evidence-none"));
        Assert.Single(panel.FindComponents<InputFile>());
    }

    [Fact]
    public void Upload_WhenAMinimalPdf_ListsItWithItsDownloadMarksItPresentAndRaisesOnUploaded()
    {
        var panel = RenderPanelAs(World.MisAdministrator.PersonId);
        panel.WaitForAssertion(() => Assert.Equal(3, panel.FindAll("li.evidence-missing").Count));
        var pdf = EvidenceFiles.MinimalPdf("Skyler's Attachment 3");

        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(pdf, "attachment-3.pdf", contentType: "application/pdf"));

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("tr.evidence-document")));
        var row = panel.Find("tr.evidence-document");
        Assert.Contains("approved System Access Request form (Attachment 3)", row.TextContent);
        Assert.Contains("Morgan MIS", row.TextContent);
        var link = row.QuerySelector("a")!;
        Assert.Equal(("attachment-3.pdf", $"/evidence/{row.GetAttribute("data-document")}"), (link.TextContent.Trim(), link.GetAttribute("href")));
        Assert.True(link.HasAttribute("download"));
        Assert.Contains("Uploaded attachment-3.pdf as the approved System Access Request form (Attachment 3).", panel.Find("#evidence-upload-done").TextContent);
        Assert.Equal("status", panel.Find("#evidence-upload-done").GetAttribute("role"));
        Assert.NotNull(panel.Find("li.evidence-present[data-kind='SystemAccessRequestForm']"));
        Assert.Equal(2, panel.FindAll("li.evidence-missing").Count);
        Assert.Equal(1, _uploadedCalls);
        var stored = StoredDocuments();
        Assert.Equal((DocumentKind.SystemAccessRequestForm, EvidenceFiles.Sha256Of(pdf)), (Assert.Single(stored).Kind, stored[0].Sha256));
    }

    [Fact]
    public void Upload_WhenASecondFileFollows_FilesItUnderTheNextMissingKind()
    {
        var panel = RenderPanelAs(World.MisAdministrator.PersonId);
        panel.WaitForAssertion(() => Assert.Equal(3, panel.FindAll("li.evidence-missing").Count));
        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(EvidenceFiles.MinimalPdf("form"), "form.pdf"));
        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("tr.evidence-document")));

        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(EvidenceFiles.MinimalPdf("ispa"), "ispa.pdf"));

        panel.WaitForAssertion(() => Assert.Equal(2, panel.FindAll("tr.evidence-document").Count));
        Assert.Equal([DocumentKind.SystemAccessRequestForm, DocumentKind.IspaCertificate], StoredDocuments().Select(d => d.Kind).Order());
        Assert.Equal("SignedAttachmentE1", Assert.Single(panel.FindAll("li.evidence-missing")).GetAttribute("data-kind"));
        Assert.Equal(2, _uploadedCalls);
    }

    [Fact]
    public void Upload_WhenARenamedExecutable_SaysWhyBesideTheControlAndStoresNothing()
    {
        var panel = RenderPanelAs(World.MisAdministrator.PersonId);
        panel.WaitForAssertion(() => Assert.Equal(3, panel.FindAll("li.evidence-missing").Count));

        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(EvidenceFiles.Executable(), "attachment-3.pdf", contentType: "application/pdf"));

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("#act-problem")));
        var problem = panel.Find("#act-problem");
        Assert.Contains("only a PDF, PNG or JPEG file is accepted", problem.TextContent);
        Assert.Equal("alert", problem.GetAttribute("role"));
        Assert.NotNull(panel.Find(".evidence-upload + #evidence-upload-hint ~ .mud-alert#act-problem"));
        Assert.Empty(panel.FindAll("#evidence-upload-done"));
        Assert.Empty(panel.FindAll("tr.evidence-document"));
        Assert.Equal(3, panel.FindAll("li.evidence-missing").Count);
        Assert.Equal(0, _uploadedCalls);
        Assert.Empty(StoredDocuments());
        Assert.Empty(Directory.GetFiles(EvidenceData.Folder("evidence"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Upload_WhenTheSeatWasSuspendedAfterThePanelOpened_ShowsTheRev1RefusalAndStoresNothing()
    {
        var panel = RenderPanelAs(World.MisAdministrator.PersonId);
        panel.WaitForAssertion(() => Assert.Single(panel.FindComponents<InputFile>()));
        await using (var db = Database.CreateDbContext())
        {
            var area = await db.Areas.Include(a => a.Designations).SingleAsync(a => a.Id == World.LocalArea.Id, Token);
            var seat = area.Designations.Single(d => d.PersonId == World.MisAdministrator.PersonId && d.IsActive);
            area.SuspendAdministrator(seat.Id, "Ran a script against CalJOBS.", World.Clock.Today);
            await db.SaveChangesAsync(Token);
        }

        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(EvidenceFiles.MinimalPdf(), "attachment-3.pdf"));

        panel.WaitForAssertion(() => Assert.Contains("REV-1", panel.Find(".evidence-upload ~ [role=alert] .broken-rules").TextContent));
        Assert.Contains("Not uploaded", panel.Find(".evidence-upload ~ [role=alert]").TextContent);
        Assert.Empty(panel.FindAll("#evidence-upload-done"));
        Assert.Equal(0, _uploadedCalls);
        Assert.Empty(StoredDocuments());
    }

    [Fact]
    public void Upload_WhenJustOverTenMegabytes_ShowsTheStoresOwnRefusal()
    {
        var panel = RenderPanelAs(World.MisAdministrator.PersonId);
        panel.WaitForAssertion(() => Assert.Equal(3, panel.FindAll("li.evidence-missing").Count));
        var content = new byte[EvidenceDocument.MaxSizeBytes + 1];
        EvidenceFiles.MinimalPdf().CopyTo(content, 0);

        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, "scan.pdf"));

        panel.WaitForAssertion(() => Assert.Contains("a document may hold at most 10 MB; this one is larger.", panel.Find("#act-problem").TextContent));
        Assert.Empty(StoredDocuments());
    }

    [Fact]
    public void Upload_WhenFarOverTenMegabytes_IsRefusedWithItsSize()
    {
        var panel = RenderPanelAs(World.MisAdministrator.PersonId);
        panel.WaitForAssertion(() => Assert.Equal(3, panel.FindAll("li.evidence-missing").Count));
        var content = new byte[12 * 1024 * 1024];
        EvidenceFiles.MinimalPdf().CopyTo(content, 0);

        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, "scan.pdf"));

        panel.WaitForAssertion(() => Assert.Contains("a document may hold at most 10 MB; this one holds 12,582,912 bytes.",
            panel.Find("#act-problem").TextContent));
        Assert.Empty(StoredDocuments());
    }

    [Fact]
    public async Task Render_WhenTheConsoleFiledTheApprovedRequestForm_SaysSoInTheListAndOnTheDocument()
    {
        var stored = await new EvidenceStore(EvidenceData).SaveAsync(new MemoryStream(EvidenceFiles.MinimalPdf()), Token);
        await using (var db = Database.CreateDbContext())
        {
            db.EvidenceDocuments.Add(EvidenceDocument.FileRequestForm(_request.Id, "approved-attachment-3.pdf", stored.Sha256, stored.SizeBytes,
                World.MisAdministrator.PersonId, World.Business));
            await db.SaveChangesAsync(Token);
        }

        var panel = RenderPanelAs(World.MisAdministrator.PersonId);

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("tr.evidence-document")));
        var requestForm = panel.Find($"li[data-kind='{DocumentKind.SystemAccessRequestForm}']");
        Assert.Contains("evidence-present", requestForm.ClassList);
        Assert.Contains("Filed by the console:", requestForm.TextContent);
        Assert.Equal($"Filed by the console on the approval of {World.MisAdministrator.Name}",
            panel.Find("td.evidence-filed-by-console").TextContent.Trim());
    }

    [Fact]
    public async Task Render_WhenTheDirectorOfTheArea_ShowsTheEvidenceWithoutAnUploadControl()
    {
        await UploadAsAdministratorAsync();

        var panel = RenderPanelAs(World.LocalDirectorId);

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("tr.evidence-document")));
        Assert.Empty(panel.FindComponents<InputFile>());
        Assert.Empty(panel.FindComponents<MudFileUpload<Microsoft.AspNetCore.Components.Forms.IBrowserFile>>());
        Assert.Empty(panel.FindAll("#evidence-choose-file"));
        Assert.DoesNotContain("Upload evidence", panel.Markup);
    }

    [Fact]
    public void Render_WhenAnAdministratorOfAnotherArea_ShowsSco1AndNoEvidence()
    {
        var panel = RenderPanelAs(World.Spoc.PersonId);

        panel.WaitForAssertion(() => Assert.Contains("SCO-1", panel.Markup));
        Assert.Empty(panel.FindAll("li.evidence-missing"));
        Assert.Empty(panel.FindComponents<InputFile>());
    }

    private IRenderedComponent<EvidencePanel> RenderPanelAs(Guid userId)
    {
        SignInAs(userId);
        Render<MudPopoverProvider>();
        return Render<EvidencePanel>(p => p
            .Add(x => x.RequestId, _request.Id)
            .Add(x => x.OnUploaded, () => _uploadedCalls++));
    }

    private async Task UploadAsAdministratorAsync()
    {
        var stored = await new EvidenceStore(EvidenceData).SaveAsync(new MemoryStream(EvidenceFiles.MinimalPdf()), Token);
        await using var db = Database.CreateDbContext();
        db.EvidenceDocuments.Add(EvidenceDocument.Upload(_request.Id, DocumentKind.SystemAccessRequestForm, "form.pdf", stored.FileType,
            stored.Sha256, stored.SizeBytes, World.MisAdministrator.PersonId, World.Business));
        await db.SaveChangesAsync(Token);
    }

    private List<EvidenceDocument> StoredDocuments()
    {
        using var db = Database.CreateDbContext();
        return db.EvidenceDocuments.AsNoTracking().ToList();
    }
}
