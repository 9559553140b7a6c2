using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Evidence;

/// <summary>DOC-1 uploads by an administrator of the request's area; SCO-1 for everyone else, on upload and on opening.</summary>
public class EvidenceServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private StoredWorld _stored = null!;
    private DataDirectory _data = null!;
    private AccessRequest _request = null!;
    private StaffAccount _account = null!;
    private AccessRequest _reset = null!;

    private World World => _stored.World;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string EvidenceFolder => _data.Folder("evidence");

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _stored = await StoredWorld.CreateAsync(_database);
        _data = new DataDirectory(Path.Combine(_database.Folder, "data"));
        _request = World.Approved(World.NewAccountForm());
        _account = World.CreateAccount();
        _reset = World.Submit(World.FormFor(_account, AccessRequestKind.PasswordReset));
        await using var db = _database.CreateDbContext();
        db.AccessRequests.AddRange(_request, _reset);
        db.StaffAccounts.Add(_account);
        await db.SaveChangesAsync(Token);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private EvidenceService ServiceFor(Guid userId) =>
        new(_database, SignedIn.ScopeFor(_database, userId), new EvidenceStore(_data), World.Business);

    private EvidenceService Administrator => ServiceFor(World.MisAdministrator.PersonId);

    [Fact]
    public async Task UploadAsync_WhenAnAdministratorOfTheArea_StoresTheFileSavesTheDocumentAndAuditsIt()
    {
        var pdf = EvidenceFiles.MinimalPdf();

        var document = await Administrator.UploadAsync(_request.Id, DocumentKind.SystemAccessRequestForm, "attachment-3.pdf", new MemoryStream(pdf), Token).Kept();

        await using var db = _database.CreateDbContext();
        var saved = await db.EvidenceDocuments.SingleAsync(d => d.Id == document.Id, Token);
        Assert.Equal((_request.Id, "attachment-3.pdf", EvidenceFileType.Pdf, EvidenceFiles.Sha256Of(pdf), (long)pdf.Length, World.MisAdministrator.PersonId),
            (saved.RequestId, saved.FileName, saved.FileType, saved.Sha256, saved.SizeBytes, saved.UploadedById));
        Assert.Null(saved.AccountId);
        Assert.True(File.Exists(new EvidenceStore(_data).PathOf(saved.Sha256)));
        var audit = await db.AuditRecords.SingleAsync(a => a.EntityId == document.Id, Token);
        Assert.Equal("EvidenceUploaded", audit.Action);
        Assert.DoesNotContain("%PDF", audit.After);
    }

    [Fact]
    public async Task UploadAsync_WhenTheRequestHasAnAccount_KeepsTheDocumentOnIt()
    {
        var document = await Administrator.UploadAsync(_reset.Id, DocumentKind.SystemAccessRequestForm, "reset.pdf", new MemoryStream(EvidenceFiles.MinimalPdf()), Token).Kept();

        Assert.Equal(_account.Id, document.AccountId);
    }

    [Fact]
    public async Task UploadAsync_WhenTheOperationsUnit_Uploads()
    {
        var document = await ServiceFor(_stored.OperationsUnitUserId)
            .UploadAsync(_request.Id, DocumentKind.IspaCertificate, "ispa.pdf", new MemoryStream(EvidenceFiles.MinimalPdf()), Token).Kept();

        Assert.Equal(_stored.OperationsUnitUserId, document.UploadedById);
    }

    [Theory]
    [InlineData("../../x.pdf")]
    [InlineData("..\\..\\x.pdf")]
    [InlineData("/etc/x.pdf")]
    public async Task UploadAsync_WhenTheNameClimbsOutOfTheFolder_IsRefusedAndNothingIsWrittenAnywhere(string name)
    {
        var pdf = EvidenceFiles.MinimalPdf();

        var refusal = await Administrator.UploadAsync(_request.Id, DocumentKind.SystemAccessRequestForm, name, new MemoryStream(pdf), Token);

        Assert.Equal("File", refusal.ProblemField);
        Assert.Contains("folder path", refusal.Problem);
        Assert.Empty(System.IO.Directory.GetFiles(_data.Path, "*", SearchOption.AllDirectories));
        Assert.False(File.Exists(Path.Combine(_data.Path, "..", "x.pdf")));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task UploadAsync_WhenARenamedExecutable_IsRefusedOnFileAndNothingSaved()
    {
        var refusal = await Administrator.UploadAsync(_request.Id, DocumentKind.SystemAccessRequestForm, "form.pdf", new MemoryStream(EvidenceFiles.Executable()), Token);

        Assert.Equal("File", refusal.ProblemField);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task UploadAsync_WhenAnAdministratorOfAnotherArea_IsRefusedWithSco1AndNothingStoredOrSaved()
    {
        var spoc = ServiceFor(World.Spoc.PersonId);

        var refusal = await spoc.UploadAsync(_request.Id, DocumentKind.SystemAccessRequestForm, "form.pdf", new MemoryStream(EvidenceFiles.MinimalPdf()), Token);

        Assert.Equal(RuleCode.Sco1, Assert.Single(refusal.BrokenRules).Rule);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task UploadAsync_WhenTheRequestor_IsRefusedWithSco1()
    {
        var refusal = await ServiceFor(_stored.RequestorId).UploadAsync(_request.Id, DocumentKind.SystemAccessRequestForm, "form.pdf",
                new MemoryStream(EvidenceFiles.MinimalPdf()), Token);

        Assert.Equal(RuleCode.Sco1, Assert.Single(refusal.BrokenRules).Rule);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task UploadAsync_WhenTheAdministratorsSeatIsSuspended_IsRefusedWithRev1AndNothingStored()
    {
        await using (var db = _database.CreateDbContext())
        {
            var area = await db.Areas.Include(a => a.Designations).SingleAsync(a => a.Id == World.LocalArea.Id, Token);
            var seat = area.Designations.Single(d => d.PersonId == World.MisAdministrator.PersonId && d.IsActive);
            area.SuspendAdministrator(seat.Id, "Ran a script against CalJOBS.", World.Clock.Today);
            await db.SaveChangesAsync(Token);
        }

        var refusal = await Administrator.UploadAsync(_request.Id, DocumentKind.SystemAccessRequestForm, "form.pdf", new MemoryStream(EvidenceFiles.MinimalPdf()), Token);

        Assert.Equal(RuleCode.Rev1, Assert.Single(refusal.BrokenRules).Rule);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task OpenAsync_WhenTheDirectorOfTheArea_ReturnsTheContentWithItsNameAndType()
    {
        var pdf = EvidenceFiles.MinimalPdf();
        var document = await Administrator.UploadAsync(_request.Id, DocumentKind.SystemAccessRequestForm, "form.pdf", new MemoryStream(pdf), Token).Kept();

        var download = await ServiceFor(World.LocalDirectorId).OpenAsync(document.Id, Token);

        Assert.NotNull(download);
        await using var content = download.Content;
        var copy = new MemoryStream();
        await content.CopyToAsync(copy, Token);
        Assert.Equal(pdf, copy.ToArray());
        Assert.Equal(("form.pdf", "application/pdf"), (download.DisplayName, download.ContentType));
    }

    [Fact]
    public async Task OpenAsync_WhenAnAdministratorOfAnotherArea_IsRefusedWithSco1()
    {
        var document = await Administrator.UploadAsync(_request.Id, DocumentKind.SystemAccessRequestForm, "form.pdf", new MemoryStream(EvidenceFiles.MinimalPdf()), Token).Kept();

        var refusal = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => ServiceFor(World.Spoc.PersonId).OpenAsync(document.Id, Token));

        Assert.Equal(RuleCode.Sco1, Assert.Single(refusal.BrokenRules).Rule);
    }

    [Fact]
    public async Task OpenAsync_WhenTheSupervisorOfTheAccountItIsKeptOn_ReturnsIt_ButNotToAnotherRequestor()
    {
        var document = await Administrator.UploadAsync(_reset.Id, DocumentKind.SystemAccessRequestForm, "reset.pdf", new MemoryStream(EvidenceFiles.MinimalPdf()), Token).Kept();
        var otherRequestor = await SignedIn.AddUserAsync(_database, "Robin Other", CalJobsConsole.App.Security.ConsoleRoles.Requestor);

        var download = await ServiceFor(World.RequestorId).OpenAsync(document.Id, Token);
        var refusal = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => ServiceFor(otherRequestor).OpenAsync(document.Id, Token));

        Assert.NotNull(download);
        await download.Content.DisposeAsync();
        Assert.Equal(RuleCode.Sco1, Assert.Single(refusal.BrokenRules).Rule);
    }

    [Fact]
    public async Task OfficeSpoc_WhenTheRequestIsAtAnOfficeOutsideTheirCoverage_IsRefusedWithSco1ToSeeUploadOrDownload()
    {
        var covering = World.Designate(World.Division, "Casey Covering", trained: true, CalJobsConsole.Domain.Areas.SpocCoverage.Offices([World.WsbOnlyOffice.Id]));
        await using (var db = _database.CreateDbContext())
        {
            db.Designations.Add(World.Division.Designations.Single(d => d.PersonId == covering.PersonId));
            await db.SaveChangesAsync(Token);
        }
        await SignedIn.AddUserAsync(_database, covering.PersonId, covering.Name, CalJobsConsole.App.Security.ConsoleRoles.CalJobsSpoc);
        var elsewhere = World.Approved(World.NewAccountForm(wsb: true) with { OfficeId = World.OtherOffice.Id });
        await using (var db = _database.CreateDbContext())
        {
            db.AccessRequests.Add(elsewhere);
            await db.SaveChangesAsync(Token);
        }
        var document = await ServiceFor(World.Spoc.PersonId).UploadAsync(elsewhere.Id, DocumentKind.SystemAccessRequestForm, "form.pdf", new MemoryStream(EvidenceFiles.MinimalPdf()), Token).Kept();

        var view = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => ServiceFor(covering.PersonId).RequestEvidenceAsync(elsewhere.Id, Token));
        var upload = await ServiceFor(covering.PersonId).UploadAsync(elsewhere.Id,
            DocumentKind.SystemAccessRequestForm, "form.pdf", new MemoryStream(EvidenceFiles.MinimalPdf()), Token);
        var download = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => ServiceFor(covering.PersonId).OpenAsync(document.Id, Token));

        Assert.All(new[] { view.BrokenRules, upload.BrokenRules, download.BrokenRules }, rules => Assert.Equal(RuleCode.Sco1, Assert.Single(rules).Rule));
    }

    [Fact]
    public async Task OpenAsync_WhenNoSuchDocument_ReturnsNothing()
    {
        Assert.Null(await Administrator.OpenAsync(Guid.NewGuid(), Token));
    }

    private async Task AssertNothingStoredAsync()
    {
        Assert.Empty(System.IO.Directory.GetFiles(EvidenceFolder, "*", SearchOption.AllDirectories));
        await using var db = _database.CreateDbContext();
        Assert.Empty(await db.EvidenceDocuments.ToListAsync(Token));
        Assert.Empty(await db.AuditRecords.Where(a => a.Action == "EvidenceUploaded").ToListAsync(Token));
    }
}
