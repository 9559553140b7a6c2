using System.Text.RegularExpressions;
using CalJobsConsole.Benchmarks.Generation;

namespace CalJobsConsole.Tests.Benchmarks;

/// <summary>The statewide file (issue 17, part 2): deterministic, in the shared layout, every record kind complete, nothing dated after today.</summary>
public class StatewideCsvGeneratorTests(TenThousandAccounts tenThousand) : IClassFixture<TenThousandAccounts>
{
    private const string SharedLayoutHeader =
        "Record,Area,AreaKind,Office,ServingDivision,TitleIPartner,Username,FirstName,LastName,Email,Phone,StaffKind,SupervisorEmail,SupervisorName,PrivilegeGroup,IspaCompletedOn,StatementKind,StatementSignedOn,CreatedOn,LastRenewedOn,RenewalDueOn,Status,SuspensionCause,SeparationDate,DeactivatedOn,DesignatedOn,TrainingCompletedOn,CoveredOffices";

    private GeneratedFile File => tenThousand.File;

    [Fact]
    public void Write_WithTheSameSeedAndToday_GivesTheSameBytes()
    {
        var again = GeneratedFile.Write(10_000);

        Assert.Equal(File.Text, again.Text);
    }

    [Fact]
    public void Write_WithAnotherSeed_GivesAnotherFile()
    {
        var other = GeneratedFile.Write(10_000, seed: 18);

        Assert.NotEqual(File.Text, other.Text);
    }

    [Fact]
    public void Write_WhenCalled_StartsWithExactlyTheSharedLayoutsHeader()
    {
        Assert.StartsWith(SharedLayoutHeader + "\r\n", File.Text, StringComparison.Ordinal);
        Assert.Equal(SharedLayoutHeader.Split(','), File.Header);
        Assert.All(File.Rows, r => Assert.Equal(28, r.Count));
    }

    [Fact]
    public void Write_WhenCalled_WritesTheStatewideCountsOfEachRecordKind()
    {
        Assert.Equal(45, File.Of("Area").Count(a => a["AreaKind"] == "Local Area"));
        Assert.Equal(20, File.Of("Area").Count(a => a["AreaKind"] == "Field Division"));
        Assert.Equal(157, File.Of("Office").Count());
        Assert.Equal(10_000, File.Of("StaffAccount").Count());
        Assert.Equal(File.Summary.Administrators, File.Of("Administrator").Count());
        Assert.Equal(File.Summary.Rows, File.Rows.Count);
        Assert.Empty(File.Rows.Where(r => r["Record"] is not ("Area" or "Office" or "Administrator" or "StaffAccount")));
    }

    [Fact]
    public void Write_WhenCalled_FillsEveryRequiredCellOfEachRecordKind()
    {
        AssertFilled("Area", "Area", "AreaKind");
        AssertFilled("Office", "Office", "Area", "ServingDivision", "TitleIPartner");
        AssertFilled("Administrator", "Area", "FirstName", "LastName", "Email", "Phone", "DesignatedOn");
        AssertFilled("StaffAccount", "Username", "FirstName", "LastName", "Email", "Phone", "StaffKind", "Area", "Office",
            "SupervisorEmail", "SupervisorName", "PrivilegeGroup", "IspaCompletedOn", "StatementKind", "StatementSignedOn",
            "CreatedOn", "RenewalDueOn", "Status");
    }

    [Fact]
    public void Write_WhenCalled_LeavesEmptyTheColumnsARecordKindDoesNotUse()
    {
        string[] personal = ["FirstName", "LastName", "Email", "Phone"];
        AssertOnlyUsed("Area", ["Area", "AreaKind"]);
        AssertOnlyUsed("Office", ["Office", "Area", "ServingDivision", "TitleIPartner"]);
        AssertOnlyUsed("Administrator", ["Area", .. personal, "DesignatedOn", "TrainingCompletedOn", "CoveredOffices"]);
        AssertOnlyUsed("StaffAccount", ["Username", .. personal, "StaffKind", "Area", "Office", "SupervisorEmail", "SupervisorName",
            "PrivilegeGroup", "IspaCompletedOn", "StatementKind", "StatementSignedOn", "CreatedOn", "LastRenewedOn", "RenewalDueOn",
            "Status", "SuspensionCause", "SeparationDate", "DeactivatedOn"]);
    }

    [Fact]
    public void Write_WhenCalled_WritesEveryDateAsIsoAndNoActAfterToday()
    {
        var dateColumns = File.Header.Where(h => h.EndsWith("On", StringComparison.Ordinal) || h == "SeparationDate").ToList();
        var dates = File.Rows.SelectMany(r => dateColumns.Select(c => (Column: c, Text: r[c]))).Where(d => d.Text.Length > 0).ToList();

        Assert.Equal(9, dateColumns.Count);
        Assert.All(dates, d => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", d.Text));
        // Every date says when something happened, except the renewal due date, which lies in the coming year for open accounts.
        var acts = dates.Where(d => d.Column != "RenewalDueOn").ToList();
        Assert.Equal(8, acts.Select(d => d.Column).Distinct().Count());
        Assert.Empty(acts.Where(d => GeneratedFile.Date(d.Text) > GeneratedFile.Today));
    }

    [Fact]
    public void Write_WhenCalled_GivesEveryAccountAUniqueValidUsernameAndEMail()
    {
        var accounts = File.Of("StaffAccount").ToList();

        Assert.Equal(accounts.Count, accounts.Select(a => a["Username"]).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(accounts.Count, accounts.Select(a => a["Email"]).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(accounts, a => Assert.Matches(new Regex("^[A-Za-z0-9._-]{3,64}$"), a["Username"]));
    }

    [Fact]
    public void Write_WhenCalled_NamesAreasAndOfficesOnce()
    {
        Assert.Equal(65, File.Of("Area").Select(a => a["Area"]).Distinct().Count());
        Assert.Equal(157, File.Of("Office").Select(o => o["Office"]).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Write_WhenGivenMoreAccounts_KeepsTheSameMapAndAdministrators()
    {
        var small = GeneratedFile.Write(500);

        string[] Organisation(GeneratedFile f) => [.. f.Rows.Where(r => r["Record"] != "StaffAccount").Select(r => string.Join('|', r.Values))];
        Assert.Equal(Organisation(File), Organisation(small));
        Assert.Equal(500, small.Of("StaffAccount").Count());
    }

    private void AssertFilled(string record, params string[] columns) =>
        Assert.All(File.Of(record), row => Assert.All(columns, c => Assert.False(string.IsNullOrWhiteSpace(row[c]), $"{record} without {c}")));

    private void AssertOnlyUsed(string record, string[] used) =>
        Assert.All(File.Of(record), row => Assert.All(row.Where(c => c.Key != "Record" && !used.Contains(c.Key)),
            c => Assert.True(c.Value.Length == 0, $"{record} fills {c.Key}")));
}
