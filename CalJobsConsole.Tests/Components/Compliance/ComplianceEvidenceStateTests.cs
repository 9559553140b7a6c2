using CalJobsConsole.App.Data.Migrations;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Features.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Components.Compliance;

/// <summary>
/// The judgement of each account's DOC-1 evidence that the figures count: kept up to date by an upload after the act, and
/// made by the migration for accounts that existed before it exactly as the domain makes it.
/// </summary>
public class ComplianceEvidenceStateTests : ComplianceTestContext
{
    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task UploadAsync_WhenTheMissingDocumentIsUploadedForTheLatestAct_JudgesTheAccountComplete()
    {
        SignInAs(World.MisAdministrator.PersonId);
        var act = await ActOfAsync("missing.docs");
        Assert.False(await CompleteAsync("missing.docs"));

        await Services.GetRequiredService<EvidenceService>()
            .UploadAsync(act, DocumentKind.IspaCertificate, "ispa.pdf", new MemoryStream(EvidenceFiles.MinimalPdf()), Token).Kept();

        Assert.True(await CompleteAsync("missing.docs"));
    }

    [Fact]
    public async Task JudgeExistingAccountsSql_WhenRunOverAccountsTheDomainJudged_JudgesEveryAccountAlike()
    {
        if (Database.Provider != CalJobsConsole.App.Data.DatabaseProvider.Sqlite)
            Assert.Skip("The SQL of a SQLite migration: PostgreSQL's migration set began after it, with the columns already in its Initial.");
        await RenewAsync("old.overdue");
        await using (var db = Database.CreateDbContext())
        {
            // An account with no creation or renewal on record, as an import leaves it.
            var edd = await db.StaffAccounts.SingleAsync(a => a.Username == "wsb.edd", Token);
            await db.EvidenceDocuments.Where(d => d.AccountId == edd.Id).ExecuteDeleteAsync(Token);
            await db.AccessRequests.Where(r => r.CreatedAccountId == edd.Id).ExecuteDeleteAsync(Token);
            await db.StaffAccounts.Where(a => a.Id == edd.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.EvidencedActRequestId, (Guid?)null).SetProperty(a => a.ActEvidenceComplete, false), Token);
        }
        var judged = await JudgementsAsync();
        Assert.Contains(judged, j => j.Username == "missing.docs" && !j.Complete);
        Assert.Contains(judged, j => j.Username == "old.overdue" && j.Complete);

        await using (var db = Database.CreateDbContext())
        {
            await db.StaffAccounts.ExecuteUpdateAsync(s => s
                .SetProperty(a => a.EvidencedActRequestId, a => a.Id).SetProperty(a => a.ActEvidenceComplete, a => !a.ActEvidenceComplete), Token);
            await db.Database.ExecuteSqlRawAsync(AccountEvidenceStateForComplianceFigures.JudgeExistingAccountsSql, Token);
            // Accounts with no act keep what the migration's new columns start with.
            await db.StaffAccounts.Where(a => a.EvidencedActRequestId == a.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.EvidencedActRequestId, (Guid?)null).SetProperty(a => a.ActEvidenceComplete, false), Token);
        }

        Assert.Equal(judged, await JudgementsAsync());
    }

    private async Task RenewAsync(string username)
    {
        await using var db = Database.CreateDbContext();
        var account = await db.StaffAccounts.SingleAsync(a => a.Username == username, Token);
        var request = World.Approved(World.FormFor(account, AccessRequestKind.AnnualRenewal));
        var evidence = World.FullEvidence(request);
        account.Renew(request, World.MisAdministrator, evidence, World.Business, World.Policy);
        db.AccessRequests.Add(request);
        db.EvidenceDocuments.AddRange(evidence);
        await db.SaveChangesAsync(Token);
        Assert.Equal(request.Id, account.EvidencedActRequestId);
    }

    private async Task<Guid> ActOfAsync(string username)
    {
        await using var db = Database.CreateDbContext();
        return (await db.StaffAccounts.SingleAsync(a => a.Username == username, Token)).EvidencedActRequestId!.Value;
    }

    private async Task<bool> CompleteAsync(string username)
    {
        await using var db = Database.CreateDbContext();
        return await db.StaffAccounts.Where(a => a.Username == username).Select(a => a.ActEvidenceComplete).SingleAsync(Token);
    }

    private sealed record Judgement(string Username, Guid? Act, bool Complete);

    private async Task<List<Judgement>> JudgementsAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.StaffAccounts.OrderBy(a => a.Username)
            .Select(a => new Judgement(a.Username, a.EvidencedActRequestId, a.ActEvidenceComplete)).ToListAsync(Token);
    }
}
