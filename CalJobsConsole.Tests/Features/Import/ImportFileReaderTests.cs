using System.Text;
using CalJobsConsole.App.Features.Import;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Tests.Support;
using static CalJobsConsole.Tests.Features.Import.ImportFiles;

namespace CalJobsConsole.Tests.Features.Import;

/// <summary>Reading and checking an import file: each kind of bad input gets its own clear message, with its row.</summary>
public class ImportFileReaderTests
{
    private static readonly DateOnly Today = new(2026, 3, 16);

    [Fact]
    public void Read_WhenColumnsAreMissingExtraAndMisordered_NamesThemInOneMessage()
    {
        var header = ImportLayout.Columns.Where(c => c != "Phone").Append("Notes").ToList();
        var file = ImportFileReader.Read(Csv([], header));

        var problem = Assert.Single(file.Problems);
        Assert.Equal(ImportCodes.Header, problem.Code);
        Assert.Contains("missing column(s): Phone", problem.Message);
        Assert.Contains("unknown column(s): Notes", problem.Message);
    }

    [Fact]
    public void Read_WhenTwoColumnsAreSwapped_SaysWhichIsOutOfOrder()
    {
        var header = ImportLayout.Columns.ToList();
        (header[1], header[2]) = (header[2], header[1]);
        var problem = Assert.Single(ImportFileReader.Read(Csv([], header)).Problems);
        Assert.Contains("column 2 is AreaKind, where Area is expected", problem.Message);
    }

    [Fact]
    public void Read_WhenTheFileIsWindows1252_RefusesWithTheEncodingAndTheLine()
    {
        var bytes = Csv([Area("Golden Sierra")]).Concat(Encoding.Latin1.GetBytes("Area,Nuñez,Local Area" + new string(',', 25) + "\r\n")).ToArray();
        var problem = Assert.Single(ImportFileReader.Read(bytes).Problems);
        Assert.Equal(ImportCodes.Encoding, problem.Code);
        Assert.Contains("line 3", problem.Message);
        Assert.Contains("CSV UTF-8", problem.Message);
    }

    [Fact]
    public void Read_WhenTheFileStartsWithAUtf8Bom_ReadsIt()
    {
        var bytes = CsvFile.Encoding.GetPreamble().Concat(Csv([Area("Golden Sierra")])).ToArray();
        var file = ImportFileReader.Read(bytes);
        Assert.Empty(file.Problems);
        Assert.Equal("Golden Sierra", Assert.IsType<AreaRow>(Assert.Single(file.Rows)).Name);
    }

    [Fact]
    public void Read_WhenCellsAreBadDatesUnknownWordsOrMissing_NamesEachWithItsRow()
    {
        var file = ImportFileReader.Read(Csv([Account("pat.okafor", Today).With("CreatedOn", "03/01/2025").With("Status", "Enabled").With("Office", "")]));

        Assert.Equal(3, file.Problems.Count);
        Assert.All(file.Problems, p => Assert.Equal((2, ImportCodes.Value, "pat.okafor"), (p.RowNumber!.Value, p.Code, p.Key!)));
        Assert.Contains(file.Problems, p => p.Message == "Row 2, CreatedOn: '03/01/2025' is not a date as yyyy-MM-dd (e.g. 2025-03-01).");
        Assert.Contains(file.Problems, p => p.Message.StartsWith("Row 2, Status: 'Enabled' is not one of 'Pending first sign-in', 'Active'"));
        Assert.Contains(file.Problems, p => p.Message == "Row 2, Office: is empty; this record needs it.");
    }

    [Fact]
    public void Read_WhenAUsernameIsOnTwoRows_NamesBothRows()
    {
        var file = ImportFileReader.Read(Csv([.. Organisation(), Account("pat.okafor", Today), Account("jo.lee", Today), Account("Pat.Okafor", Today)]));

        var duplicates = file.Problems.Where(p => p.Code == ImportCodes.Duplicate).ToList();
        Assert.Equal([5, 7], duplicates.Select(d => d.RowNumber!.Value));
        Assert.All(duplicates, d => Assert.Contains("is on rows 5, 7", d.Message));
    }

    [Fact]
    public void Check_WhenAnOfficeIsNeitherInTheFileNorTheConsole_SaysSoOnItsRow()
    {
        var plan = Check(Csv([.. Organisation(), Account("pat.okafor", Today, office: "Nowhere Office")]));

        var problem = Assert.Single(plan.Findings);
        Assert.Equal((5, ImportCodes.Unknown), (problem.RowNumber!.Value, problem.Code));
        Assert.Contains("no office named 'Nowhere Office' in the file or the console", problem.Message);
    }

    [Fact]
    public void Check_WhenDatesAreInTheFuture_RefusesTheRowWithTheirRules()
    {
        var plan = Check(Csv([.. Organisation(), Account("pat.okafor", Today).With("IspaCompletedOn", D(Today.AddDays(5)))]));

        var problem = Assert.Single(plan.Findings);
        Assert.Equal("PRE-2", problem.Code);
        Assert.Contains($"IspaCompletedOn {D(Today.AddDays(5))} is in the future", problem.Message);
    }

    [Fact]
    public void Check_WhenTheSeatsWouldPassTheCap_RefusesTheFourthWithCap1()
    {
        var plan = Check(Csv([.. Organisation(), .. Enumerable.Range(1, 4).Select(i => Administrator("Golden Sierra", $"admin{i}@example.gov", Today))]));

        var problem = Assert.Single(plan.Findings);
        Assert.Equal(("CAP-1", 8), (problem.Code, problem.RowNumber!.Value));
        Assert.Equal(3, plan.NewAdministrators.Count);
    }

    [Fact]
    public void Check_WhenTheFileIsClean_PlansEveryRecordAndItsPeople()
    {
        var plan = Check(Csv([.. Organisation(), Administrator("Golden Sierra", "ada@example.gov", Today), Account("pat.okafor", Today), Account("jo.lee", Today)]));

        Assert.Empty(plan.Findings);
        Assert.Equal((2, 1, 1, 2), (plan.NewAreas.Count, plan.NewOffices.Count, plan.NewAdministrators.Count, plan.NewAccounts.Count));
        Assert.Equal(2, plan.Users.Count); // the administrator and the one supervisor
    }

    private static ImportPlan Check(byte[] csv)
    {
        var reference = new ImportReference
        {
            Areas = new Dictionary<string, Area>(), Offices = new Dictionary<string, Office>(), Groups = new Dictionary<string, PrivilegeGroup>(),
            UsersByEmail = new Dictionary<string, Guid>(), Roles = new HashSet<(Guid, string)>(), Accounts = new Dictionary<string, AccountFacts>(),
        };
        return new ImportChecker(reference, Today, AttestationPolicy.Default).Check(ImportFileReader.Read(csv));
    }
}
