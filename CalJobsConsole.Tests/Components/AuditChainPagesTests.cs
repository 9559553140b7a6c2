using Bunit;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.AuditLog;
using CalJobsConsole.App.Security;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CalJobsConsole.Tests.Components;

/// <summary>The audit search and verification pages: the Operations Unit sees the trail and the chain's state; anyone else SCO-1.</summary>
public class AuditChainPagesTests : ComponentTestContext
{
    private Guid _opsId;
    private Guid _staffId;

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _opsId = await SignedIn.AddUserAsync(Database, "Olivia <b>Ortiz</b>", ConsoleRoles.OperationsUnit);
        _staffId = await SignedIn.AddUserAsync(Database, "Jamie Nguyen", ConsoleRoles.Staff);
        await using var db = Database.CreateDbContext();
        db.Audit(Clock.Business, _opsId, "role.granted", "ConsoleUser", _staffId, null, null, new { Note = "<script>alert('x')</script>" });
        db.Audit(Clock.Business, null, "StaffAccount.Renewed", "StaffAccount", Guid.NewGuid(), null, null, new { Note = "=HYPERLINK(\"x\")" });
        await db.SaveChangesAsync(Token);
    }

    private void SignInWithAudit(Guid userId)
    {
        SignInAs(userId);
        Services.AddSingleton(new AuditChainVerifier(Database));
        Services.AddScoped<AuditLogService>();
        Render<MudPopoverProvider>();
    }

    [Fact]
    public void Verification_ForTheOperationsUnit_ShowsTheChainIntactWithItsRecords()
    {
        SignInWithAudit(_opsId);

        var page = Render<AuditVerificationPage>();

        page.WaitForAssertion(() => Assert.Contains("intact: 2 record(s)", page.Find("#audit-verification").TextContent));
        Assert.Empty(page.FindAll("#audit-break"));
    }

    [Fact]
    public async Task Verification_WhenARecordWasChangedInTheDatabase_NamesTheRecordAndTheKind()
    {
        await using (var db = Database.CreateDbContext())
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditRecords\" SET \"Action\" = 'role.removed' WHERE \"Id\" = 1", Token);
        SignInWithAudit(_opsId);

        var page = Render<AuditVerificationPage>();

        page.WaitForAssertion(() => Assert.Contains("BROKEN at record No. 1 (changed)", page.Find("#audit-verification").TextContent));
        Assert.Contains("No. 1", page.Find("#audit-break").TextContent);
    }

    [Fact]
    public void Verification_ForStaff_IsRefusedWithSco1AndShowsNoResult()
    {
        SignInWithAudit(_staffId);

        var page = Render<AuditVerificationPage>();

        page.WaitForAssertion(() => Assert.Contains("SCO-1", page.Markup));
        Assert.Empty(page.FindAll("#audit-verification"));
    }

    [Fact]
    public void Search_ForTheOperationsUnit_ShowsTheRecordsNewestFirstWithUserTextAsText()
    {
        SignInWithAudit(_opsId);

        var page = Render<AuditSearchPage>();

        page.WaitForAssertion(() => Assert.Contains("2 record(s)", page.Find("#audit-count").TextContent));
        var rows = page.FindAll("tr[data-audit]");
        Assert.Equal(["2", "1"], rows.Select(r => r.GetAttribute("data-audit")));
        // A name a person typed shows as text: Blazor encodes it, so it never becomes markup.
        Assert.Contains("Olivia <b>Ortiz</b>", rows[1].TextContent);
        Assert.Empty(page.FindAll("tr[data-audit] b"));
        Assert.Contains("System (background job)", rows[0].TextContent);
        Assert.Contains("Account renewed (REN-1)", rows[0].TextContent);
        Assert.Empty(page.FindAll("tr[data-audit] script"));
        Assert.Equal("audit/export.csv", page.Find("#audit-export").GetAttribute("href"));
    }

    [Fact]
    public void Search_ForStaff_IsRefusedWithSco1AndShowsNoRecord()
    {
        SignInWithAudit(_staffId);

        var page = Render<AuditSearchPage>();

        page.WaitForAssertion(() => Assert.Contains("SCO-1", page.Markup));
        Assert.Empty(page.FindAll("tr[data-audit]"));
        Assert.DoesNotContain("HYPERLINK", page.Markup);
    }
}
