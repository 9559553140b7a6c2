using System.Text;
using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.Domain.Accounts;
using CsvHelper;

namespace CalJobsConsole.Tests.Features.Lists;

/// <summary>CSV rows written by CsvHelper: RFC 4180 quoting (a semicolon too), and a formula a spreadsheet would run shown as text.</summary>
public class CsvFileTests
{
    [Theory]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("+1", "\"'+1\"")]
    [InlineData("-1", "\"'-1\"")]
    [InlineData("@SUM(A1:A9)", "\"'@SUM(A1:A9)\"")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("Pat-Staff", "Pat-Staff")]
    public void Row_WhenACellBeginsAsAFormula_EscapesItWithAQuote(string value, string expected) =>
        Assert.Equal($"a,{expected}\r\n", CsvFile.Row(["a", value]));

    [Theory]
    [InlineData("Boyd, Skyler", "\"Boyd, Skyler\"")]
    [InlineData("Boyd; Skyler", "\"Boyd; Skyler\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")]
    public void Row_WhenACellHoldsSeparatorsQuotesOrLineBreaks_QuotesIt(string value, string expected) =>
        Assert.Equal($"a,{expected}\r\n", CsvFile.Row(["a", value]));

    [Fact]
    public void Row_WhenCellsAreEmptyOrNull_WritesEmptyCellsAndEndsWithCrLf() =>
        Assert.Equal("a,,,'-d\r\n".Replace("'-d", "\"'-d\""), CsvFile.Row(["a", "", null, "-d"]));

    [Fact]
    public void Row_WhenReadBack_GivesTheSameTextWithFormulasPrefixed()
    {
        var cells = new[] { "x;y", "say \"hi\"", "two\nlines", "=1+1" };
        using var reader = CsvReader.Create(Encoding.UTF8.GetBytes(CsvFile.Row(cells)), new CsvReaderOptions { HasHeader = false });
        Assert.True(reader.Read());
        Assert.Equal(["x;y", "say \"hi\"", "two\nlines", "'=1+1"], Enumerable.Range(0, reader.FieldCount).Select(reader.GetString));
    }

    [Theory]
    [InlineData(AccountStatus.PendingFirstSignIn, "Pending first sign-in")]
    [InlineData(AccountStatus.Active, "Active")]
    [InlineData(AccountStatus.Suspended, "Suspended")]
    [InlineData(AccountStatus.Deactivated, "Deactivated")]
    public void AccountCells_WhenExported_SayTheStatusInWords(AccountStatus status, string words) =>
        Assert.Equal(words, AccountListService.CsvCells(new AccountListLine { Status = status })[5]);
}
