using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.Domain.Accounts;

namespace CalJobsConsole.Tests.Features.Lists;

/// <summary>CSV cells: RFC 4180 quoting, and a formula a spreadsheet would run shown as text.</summary>
public class CsvFileTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("Pat-Staff", "Pat-Staff")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Cell_WhenTheTextBeginsAsAFormula_PrefixesAQuote(string? value, string expected) =>
        Assert.Equal(expected, CsvFile.Cell(value));

    [Theory]
    [InlineData("Boyd, Skyler", "\"Boyd, Skyler\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")]
    public void Cell_WhenTheTextHoldsCommasQuotesOrLineBreaks_QuotesIt(string value, string expected) =>
        Assert.Equal(expected, CsvFile.Cell(value));

    [Fact]
    public void Row_EndsWithCrLf() =>
        Assert.Equal("a,\"b,c\",'-d\r\n", CsvFile.Row(["a", "b,c", "-d"]));

    [Theory]
    [InlineData(AccountStatus.PendingFirstSignIn, "Pending first sign-in")]
    [InlineData(AccountStatus.Active, "Active")]
    [InlineData(AccountStatus.Suspended, "Suspended")]
    [InlineData(AccountStatus.Deactivated, "Deactivated")]
    public void AccountCells_WhenExported_SayTheStatusInWords(AccountStatus status, string words) =>
        Assert.Equal(words, AccountListService.CsvCells(new AccountListLine { Status = status })[5]);
}
