using System.Text.Json;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Accounts;

/// <summary>What the account detail holds: who and where, the group's privileges and the extra ones, attestations, renewal countdown, credential state, documents — and never a secret.</summary>
public class AccountDetailContentTests : AccountDetailTestBase
{
    [Fact]
    public async Task Account_WhenOpened_ShowsWhoAndWhereTheGroupWithItsPrivilegesAndTheExtraPrivileges()
    {
        await StoreAsync();

        var view = await ServiceFor(World.MisAdministrator.PersonId).AccountAsync(Account.Id, Token);

        Assert.Equal(("pat.staff", "Pat Staff", "pat.staff@example.ca.gov", "Non-EDD staff", "Golden Sierra", "Auburn AJCC", "Pending first sign-in"),
            (view.Username, view.StaffName, view.StaffEmail, view.StaffKindName, view.AreaName, view.OfficeName, view.StatusName));
        Assert.Equal(DirectivePrivilegeGroups.LwiaCboStaff, view.Group.Name);
        Assert.Equal([("CASE_NOTES", "Case notes", false), ("SSN_UNMASK", "View unmasked SSN", true)],
            view.Group.Privileges.Select(p => (p.Code, p.Name, p.IsRestricted)));
        Assert.Equal([("REPORTS", "Run reports", false)], view.ExtraPrivileges.Select(p => (p.Code, p.Name, p.IsRestricted)));
    }

    [Fact]
    public async Task Account_ReachesTheRequestOfTheActThatCreatedIt_ForTheOperationsUnitButNotForTheStaffMember()
    {
        await StoreAsync();
        await StoredAccounts.SetOwnPasswordAsync(Database, World, Account.Id);

        var byOperationsUnit = await ServiceFor(Stored.OperationsUnitUserId).AccountAsync(Account.Id, Token);
        var byStaffMember = await ServiceFor(Account.Id).AccountAsync(Account.Id, Token);

        // Issue 20: monitoring drills from a sampled account to the PDF record of the act that created or renewed it.
        Assert.NotNull(byOperationsUnit.Act);
        Assert.Equal((NewAccountRequest.Id, AccessRequestKind.NewAccount), (byOperationsUnit.Act.RequestId, byOperationsUnit.Act.Kind));
        Assert.Null(byStaffMember.Act);
    }

    [Fact]
    public async Task Account_WhenOpened_ShowsTheAttestationDatesAndLifecycleDates()
    {
        await StoreAsync();

        var view = await ServiceFor(World.MisAdministrator.PersonId).AccountAsync(Account.Id, Token);

        var attested = Support.World.StartDate.AddDays(-30);
        Assert.Equal((attested, ConfidentialityStatementKind.AttachmentE1, "Attachment E-1", attested, false),
            (view.Attestations.IspaCompletedOn, view.Attestations.StatementKind, view.Attestations.StatementName, view.Attestations.StatementDate,
                view.Attestations.StatementRefused));
        Assert.Equal((Support.World.StartDate, (DateOnly?)null, (DateOnly?)null), (view.CreatedOn, view.ActivatedOn, view.LastRenewedOn));
        Assert.Null(view.DeactivatedOn);
    }

    [Fact]
    public async Task Account_WhenTheRenewalIsTenDaysAhead_CountsTenDaysLeft()
    {
        await StoreAsync();
        World.Clock.SetDate(new DateOnly(2027, 3, 6));

        var view = await ServiceFor(World.MisAdministrator.PersonId).AccountAsync(Account.Id, Token);

        Assert.Equal((new DateOnly(2027, 3, 16), 10, false, "10 days left"),
            (view.Renewal.DueOn, view.Renewal.DaysLeft, view.Renewal.IsOverdue, view.Renewal.Countdown));
    }

    [Fact]
    public async Task Account_WhenTheRenewalIsFiveDaysPastDue_CountsFiveDaysOverdue()
    {
        await StoreAsync();
        World.Clock.SetDate(new DateOnly(2027, 3, 21));

        var view = await ServiceFor(World.MisAdministrator.PersonId).AccountAsync(Account.Id, Token);

        Assert.Equal((-5, true, "Overdue by 5 days"), (view.Renewal.DaysLeft, view.Renewal.IsOverdue, view.Renewal.Countdown));
    }

    [Fact]
    public async Task Account_WhenTheTemporaryPasswordIsIssued_ShowsItsTimesInPacificTimeAndThenItsExpiry()
    {
        await StoreAsync();
        var service = ServiceFor(World.MisAdministrator.PersonId);

        var issued = (await service.AccountAsync(Account.Id, Token)).Credential!;
        World.Clock.Advance(TimeSpan.FromHours(25));
        var lapsed = (await service.AccountAsync(Account.Id, Token)).Credential!;

        Assert.Equal(Account.TemporaryCredential!.IssuedAt, issued.IssuedAt);
        Assert.Equal(TimeSpan.FromHours(-7), issued.IssuedAt.Offset); // 16 March 2026 is daylight time in California
        Assert.Equal(issued.IssuedAt.AddHours(24), issued.ExpiresAt);
        Assert.Equal("Valid until used or expired", issued.State);
        Assert.Equal("Past its 24 hours; expires at the next hourly run", lapsed.State);
        Assert.Null(lapsed.UsedAt);
    }

    [Fact]
    public async Task Account_WhenAnAdministratorOfTheArea_ListsTheDocumentsKeptOnItWithTheirDownloadAddress()
    {
        await StoreAsync();

        var view = await ServiceFor(World.MisAdministrator.PersonId).AccountAsync(Account.Id, Token);

        Assert.Equal([DocumentKind.SystemAccessRequestForm, DocumentKind.IspaCertificate, DocumentKind.SignedAttachmentE1],
            view.Documents.Select(d => d.Kind).Order());
        Assert.All(view.Documents, d =>
        {
            Assert.Equal($"/evidence/{d.Id}", d.DownloadUrl);
            Assert.Equal("Morgan MIS", d.UploadedBy);
            Assert.Equal(12, d.ShortSha256.Length);
            Assert.StartsWith(d.ShortSha256, d.Sha256);
            Assert.Equal((EvidenceFileType.Pdf, 1024L, "1 KB"), (d.FileType, d.SizeBytes, d.SizeLabel));
        });
        Assert.Equal("IspaCertificate.pdf", view.Documents.Single(d => d.Kind == DocumentKind.IspaCertificate).FileName);
    }

    [Fact]
    public async Task Account_WhenTheSupervisor_ListsTheDocumentsWithTheirDownloads()
    {
        await StoreAsync();

        var view = await ServiceFor(World.RequestorId).AccountAsync(Account.Id, Token);

        Assert.Equal(3, view.Documents.Count);
        Assert.All(view.Documents, d => Assert.Equal($"/evidence/{d.Id}", d.DownloadUrl));
    }

    [Fact]
    public async Task Account_WhenTheStaffUserHasAPasswordHashAndStamp_NoSecretOrPasswordFieldReachesTheView()
    {
        await StoreAsync();
        await StoredAccounts.SetOwnPasswordAsync(Database, World, Account.Id);
        const string hash = "AQAAAAIAAYagAAAAEKnownPasswordHashForThisTest==";
        const string stamp = "KNOWN-SECURITY-STAMP-FOR-THIS-TEST";
        await using (var db = Database.CreateDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.Id == Account.Id, Token);
            (user.PasswordHash, user.SecurityStamp) = (hash, stamp);
            await db.SaveChangesAsync(Token);
        }

        var view = await ServiceFor(Account.Id).AccountAsync(Account.Id, Token);

        var json = JsonSerializer.Serialize(view);
        Assert.DoesNotContain(hash, json);
        Assert.DoesNotContain(stamp, json);
        Assert.DoesNotContain(PropertyNames(JsonDocument.Parse(json).RootElement), name =>
            name.Contains("password", StringComparison.OrdinalIgnoreCase)
            || name.Contains("secret", StringComparison.OrdinalIgnoreCase)
            || name.Contains("hash", StringComparison.OrdinalIgnoreCase));
        Assert.NotNull(view.Credential);
    }

    private static IEnumerable<string> PropertyNames(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => PropertyNames(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(PropertyNames),
        _ => [],
    };
}
