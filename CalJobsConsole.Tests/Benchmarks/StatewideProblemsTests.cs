using CalJobsConsole.Benchmarks.Generation;
using CalJobsConsole.Domain.Privileges;

namespace CalJobsConsole.Tests.Benchmarks;

/// <summary><c>--problems N</c>: N extra rows, each breaking one rule the import must catch, among otherwise unchanged rows.</summary>
public class StatewideProblemsTests
{
    private const int Accounts = 2_000;

    private static readonly GeneratedFile Clean = GeneratedFile.Write(Accounts);
    private static readonly GeneratedFile WithProblems = GeneratedFile.Write(Accounts, problems: 14);

    [Fact]
    public void Write_WithProblems_AddsThatManyRowsAndKeepsTheCleanOnes()
    {
        var problemLines = WithProblems.Summary.Problems.Select(p => p.Line).ToHashSet();
        var lines = WithProblems.Text.Split("\r\n");
        var withoutProblems = string.Join("\r\n", lines.Where((_, i) => !problemLines.Contains(i + 1)));

        Assert.Equal(14, WithProblems.Summary.Problems.Count);
        Assert.Equal(Clean.Rows.Count + 14, WithProblems.Rows.Count);
        Assert.Equal(Clean.Text, withoutProblems);
    }

    [Fact]
    public void Write_WithProblems_CoversEveryKindTwiceWhenFourteenAreAsked()
    {
        Assert.Equal(Enum.GetValues<ProblemKind>().SelectMany(k => new[] { k, k }).Order(), WithProblems.Summary.Problems.Select(p => p.Kind).Order());
    }

    [Fact]
    public void Write_WithProblems_RepeatsAUsername()
    {
        var repeated = WithProblems.Of("StaffAccount").GroupBy(a => a["Username"]).Where(g => g.Count() > 1).ToList();

        Assert.Single(repeated);
        Assert.Equal(3, repeated[0].Count());
    }

    [Fact]
    public void Write_WithProblems_NamesAnOfficeNotInTheFile()
    {
        var offices = WithProblems.Of("Office").Select(o => o["Office"]).ToHashSet();

        Assert.Equal(2, WithProblems.Of("StaffAccount").Count(a => !offices.Contains(a["Office"])));
    }

    [Fact]
    public void Write_WithProblems_DatesAnAttestationAfterToday()
    {
        Assert.Equal(2, WithProblems.Of("StaffAccount").Count(a => IsDate(a["IspaCompletedOn"]) && GeneratedFile.Date(a["IspaCompletedOn"]) > GeneratedFile.Today));
    }

    [Fact]
    public void Write_WithProblems_GivesAStaffKindTheOtherKindsStatement()
    {
        Assert.Equal(2, WithProblems.Of("StaffAccount").Count(a => (a["StaffKind"], a["StatementKind"]) is ("EDD", "Attachment E-1") or ("Non-EDD", "DE 7410")));
    }

    [Fact]
    public void Write_WithProblems_GivesAGroupTheAreaMayNotGrant()
    {
        var kinds = WithProblems.Of("Area").ToDictionary(a => a["Area"], a => a["AreaKind"]);

        var misgranted = WithProblems.Of("StaffAccount").Count(a => kinds[a["Area"]] == "Local Area"
            ? !DirectivePrivilegeGroups.LwiaGroups.Contains(a["PrivilegeGroup"])
            : !DirectivePrivilegeGroups.WsbGroups.Contains(a["PrivilegeGroup"]));

        Assert.Equal(2, misgranted);
    }

    [Fact]
    public void Write_WithProblems_SeatsMoreAdministratorsThanAnAreaMayHave()
    {
        var kinds = WithProblems.Of("Area").ToDictionary(a => a["Area"], a => a["AreaKind"]);

        var over = WithProblems.Of("Administrator").GroupBy(a => a["Area"]).Count(g => g.Count() > (kinds[g.Key] == "Local Area" ? 3 : 5));

        Assert.Equal(2, over);
    }

    [Fact]
    public void Write_WithProblems_WritesDatesThatAreNoIsoDates()
    {
        var bad = WithProblems.Of("StaffAccount").Select(a => a["CreatedOn"]).Where(t => !IsDate(t)).Order().ToList();

        Assert.Equal(["13/05/2025", "2025-02-30"], bad);
    }

    [Fact]
    public void Write_WithProblems_ReportsTheLineOfEachProblemRow()
    {
        var lines = WithProblems.Text.Split("\r\n");

        Assert.All(WithProblems.Summary.Problems, p => Assert.StartsWith(
            p.Kind == ProblemKind.TooManyAdministrators ? "Administrator," : "StaffAccount,", lines[p.Line - 1], StringComparison.Ordinal));
        Assert.Equal(WithProblems.Summary.Problems.Select(p => p.Line).Order(), WithProblems.Summary.Problems.Select(p => p.Line));
    }

    private static bool IsDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
}
