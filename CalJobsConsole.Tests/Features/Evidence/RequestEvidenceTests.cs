using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Documents.Rules;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Evidence;

/// <summary>
/// The evidence view of a request (DOC-1): what the evidence table requires for its act and kind of staff, what is
/// missing, what was uploaded, and who may upload; SCO-1 for anyone who may not view the request's area.
/// </summary>
public class RequestEvidenceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private StoredWorld _stored = null!;
    private DataDirectory _data = null!;
    private StaffAccount _account = null!;

    private World World => _stored.World;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _stored = await StoredWorld.CreateAsync(_database);
        _data = new DataDirectory(Path.Combine(_database.Folder, "data"));
        _account = World.CreateAccount(StaffKind.NonEdd);
        await using var db = _database.CreateDbContext();
        db.StaffAccounts.Add(_account);
        await db.SaveChangesAsync(Token);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private EvidenceService ServiceFor(Guid userId) =>
        new(_database, SignedIn.ScopeFor(_database, userId), new EvidenceStore(_data), World.Business);

    private EvidenceService Administrator => ServiceFor(World.MisAdministrator.PersonId);

    [Fact]
    public async Task RequestEvidenceAsync_WhenANonEddNewAccountHasNoDocument_ListsTheFormIspaCertificateAndE1AsMissingWithDoc1()
    {
        var request = await StoreAsync(World.Submit(World.NewAccountForm(StaffKind.NonEdd)));

        var view = await Administrator.RequestEvidenceAsync(request.Id, Token);

        Assert.Equal((EvidenceMoment.Creation, StaffKind.NonEdd, AccessRequestKind.NewAccount), (view.Moment, view.StaffKind, view.RequestKind));
        Assert.Equal([DocumentKind.SystemAccessRequestForm, DocumentKind.IspaCertificate, DocumentKind.SignedAttachmentE1],
            view.Required.Select(r => r.Kind));
        Assert.All(view.Required, r => Assert.False(r.Present));
        Assert.All(view.Missing, rule => Assert.Equal(RuleCode.Doc1, rule.Rule));
        var ispa = new EvidenceMustBeUploadedRule(DocumentKind.IspaCertificate, EvidenceMoment.Creation, uploaded: false);
        Assert.Equal((ispa.Reason, ispa.Remedy), (view.Missing[1].Reason, view.Missing[1].Remedy));
        Assert.Empty(view.Documents);
        Assert.True(view.MayUpload);
    }

    [Fact]
    public async Task RequestEvidenceAsync_WhenAnEddNewAccount_RequiresOnlyTheApprovedRequestForm()
    {
        var request = await StoreAsync(World.Submit(World.NewAccountForm(StaffKind.Edd)));

        var view = await Administrator.RequestEvidenceAsync(request.Id, Token);

        var required = Assert.Single(view.Required);
        Assert.Equal(DocumentKind.SystemAccessRequestForm, required.Kind);
        Assert.Contains("approved System Access Request form", Assert.Single(view.Missing).Reason);
    }

    [Theory]
    [InlineData(AccessRequestKind.AnnualRenewal, EvidenceMoment.AnnualRenewal, 3)]
    [InlineData(AccessRequestKind.PasswordReset, EvidenceMoment.PasswordReset, 1)]
    [InlineData(AccessRequestKind.PrivilegeUpdate, EvidenceMoment.PrivilegeUpdate, 1)]
    [InlineData(AccessRequestKind.Deactivation, EvidenceMoment.Deactivation, 1)]
    public async Task RequestEvidenceAsync_WhenAnActOnANonEddAccount_RequiresWhatTheEvidenceTableAsksForThatMoment(
        AccessRequestKind kind, EvidenceMoment moment, int requiredCount)
    {
        var request = await StoreAsync(World.Submit(World.FormFor(_account, kind)));

        var view = await Administrator.RequestEvidenceAsync(request.Id, Token);

        Assert.Equal(moment, view.Moment);
        Assert.Equal(requiredCount, view.Required.Count);
        Assert.Equal(requiredCount, view.Missing.Count);
        Assert.Contains(moment.DisplayName(), view.Missing[0].Reason);
    }

    [Fact]
    public async Task RequestEvidenceAsync_WhenTheFormWasUploaded_ShowsItPresentAndListsTheDocumentWithItsDownload()
    {
        var request = await StoreAsync(World.Submit(World.NewAccountForm(StaffKind.NonEdd)));
        var pdf = EvidenceFiles.MinimalPdf();
        var document = await Administrator.UploadAsync(request.Id, DocumentKind.SystemAccessRequestForm, "attachment-3.pdf", new MemoryStream(pdf), Token).Kept();

        var view = await Administrator.RequestEvidenceAsync(request.Id, Token);

        Assert.Equal([true, false, false], view.Required.Select(r => r.Present));
        Assert.Equal(2, view.Missing.Count);
        Assert.DoesNotContain(view.Missing, rule => rule.Reason.Contains("System Access Request form"));
        var line = Assert.Single(view.Documents);
        Assert.Equal((document.Id, DocumentKind.SystemAccessRequestForm, "attachment-3.pdf", EvidenceFileType.Pdf, (long)pdf.Length, "Morgan MIS"),
            (line.Id, line.Kind, line.FileName, line.FileType, line.SizeBytes, line.UploadedByName));
        Assert.Equal(World.Clock.UtcNow, line.UploadedAt);
        Assert.Equal(World.Business.Zone.GetUtcOffset(World.Clock.UtcNow), line.UploadedAt.Offset);
        Assert.Equal($"/evidence/{document.Id}", line.DownloadUrl);
    }

    [Fact]
    public async Task RequestEvidenceAsync_WhenAnotherRequestHasDocuments_ListsOnlyThisRequestsOwn()
    {
        var request = await StoreAsync(World.Submit(World.NewAccountForm(StaffKind.NonEdd)));
        var other = await StoreAsync(World.Submit(World.NewAccountForm(StaffKind.NonEdd)));
        await Administrator.UploadAsync(other.Id, DocumentKind.IspaCertificate, "ispa.pdf", new MemoryStream(EvidenceFiles.MinimalPdf()), Token).Kept();

        var view = await Administrator.RequestEvidenceAsync(request.Id, Token);

        Assert.Empty(view.Documents);
        Assert.Equal(3, view.Missing.Count);
    }

    [Fact]
    public async Task RequestEvidenceAsync_WhenAnAdministratorOfAnotherArea_IsRefusedWithSco1()
    {
        var request = await StoreAsync(World.Submit(World.NewAccountForm(StaffKind.NonEdd)));

        var refusal = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => ServiceFor(World.Spoc.PersonId).RequestEvidenceAsync(request.Id, Token));

        Assert.Equal(RuleCode.Sco1, Assert.Single(refusal.BrokenRules).Rule);
    }

    [Fact]
    public async Task RequestEvidenceAsync_WhenTheRequestor_IsRefusedWithSco1()
    {
        var request = await StoreAsync(World.Submit(World.NewAccountForm(StaffKind.NonEdd)));

        var refusal = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => ServiceFor(_stored.RequestorId).RequestEvidenceAsync(request.Id, Token));

        Assert.Equal(RuleCode.Sco1, Assert.Single(refusal.BrokenRules).Rule);
    }

    [Fact]
    public async Task RequestEvidenceAsync_WhenNoSuchRequest_IsRefusedWithSco1LikeAnotherAreasRequest()
    {
        var refusal = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Administrator.RequestEvidenceAsync(Guid.NewGuid(), Token));

        Assert.Equal(RuleCode.Sco1, Assert.Single(refusal.BrokenRules).Rule);
    }

    [Fact]
    public async Task RequestEvidenceAsync_WhenTheDirectorOfTheArea_SeesTheEvidenceButMayNotUpload()
    {
        var request = await StoreAsync(World.Submit(World.NewAccountForm(StaffKind.NonEdd)));
        await Administrator.UploadAsync(request.Id, DocumentKind.SystemAccessRequestForm, "form.pdf", new MemoryStream(EvidenceFiles.MinimalPdf()), Token).Kept();

        var view = await ServiceFor(World.LocalDirectorId).RequestEvidenceAsync(request.Id, Token);

        Assert.Single(view.Documents);
        Assert.False(view.MayUpload);
    }

    [Fact]
    public async Task RequestEvidenceAsync_WhenTheOperationsUnit_MayUpload()
    {
        var request = await StoreAsync(World.Submit(World.NewAccountForm(StaffKind.NonEdd)));

        var view = await ServiceFor(_stored.OperationsUnitUserId).RequestEvidenceAsync(request.Id, Token);

        Assert.True(view.MayUpload);
    }

    [Fact]
    public async Task RequestEvidenceAsync_WhenTheAdministratorsSeatIsSuspended_SeesTheEvidenceButMayNotUpload()
    {
        var request = await StoreAsync(World.Submit(World.NewAccountForm(StaffKind.NonEdd)));
        await using (var db = _database.CreateDbContext())
        {
            var area = await db.Areas.Include(a => a.Designations).SingleAsync(a => a.Id == World.LocalArea.Id, Token);
            var seat = area.Designations.Single(d => d.PersonId == World.MisAdministrator.PersonId && d.IsActive);
            area.SuspendAdministrator(seat.Id, "Ran a script against CalJOBS.", World.Clock.Today);
            await db.SaveChangesAsync(Token);
        }

        var view = await Administrator.RequestEvidenceAsync(request.Id, Token);

        Assert.False(view.MayUpload);
        Assert.Equal(3, view.Missing.Count);
    }

    private async Task<AccessRequest> StoreAsync(AccessRequest request)
    {
        await using var db = _database.CreateDbContext();
        db.AccessRequests.Add(request);
        await db.SaveChangesAsync(Token);
        return request;
    }
}
