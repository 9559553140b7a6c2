using System.Text;

namespace CalJobsConsole.App.Features.Lists;

/// <summary>
/// RFC 4180 CSV, one row at a time so an export streams: a cell with a comma, quote or line break is quoted with its quotes
/// doubled; a cell a spreadsheet would run as a formula (beginning <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) is
/// neutralised by a leading single quote, so it shows as text.
/// </summary>
public static class CsvFile
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>UTF-8 with a byte-order mark, which spreadsheets need to read accented names right.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && FormulaStarts.Contains(text[0]))
            text = "'" + text;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    public static string Row(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    public static Task WriteRowAsync(TextWriter writer, params string?[] cells) => writer.WriteAsync(Row(cells));
}
