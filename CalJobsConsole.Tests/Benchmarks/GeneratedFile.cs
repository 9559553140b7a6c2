using System.Globalization;
using CalJobsConsole.Benchmarks.Generation;
using CsvHelper;

namespace CalJobsConsole.Tests.Benchmarks;

/// <summary>A generated statewide file in memory, read back with CsvHelper: its text, header and rows by column name.</summary>
public sealed class GeneratedFile
{
    public static readonly DateOnly Today = new(2026, 12, 1);

    private GeneratedFile(string text, GenerationSummary summary)
    {
        Text = text;
        Summary = summary;
        using var reader = CsvReader.Create(new StringReader(text), null, false);
        var rows = new List<IReadOnlyDictionary<string, string>>();
        foreach (var row in reader)
        {
            var cells = row.ToArray();
            rows.Add(reader.Headers.Select((name, i) => (name, cells[i])).ToDictionary(c => c.name, c => c.Item2));
        }
        Header = [.. reader.Headers];
        Rows = rows;
    }

    public string Text { get; }

    public GenerationSummary Summary { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

    public static GeneratedFile Write(int accounts, int seed = 17, int problems = 0, DateOnly? today = null)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var summary = StatewideCsvGenerator.Write(text, StatewideShape.For(accounts), seed, today ?? Today, problems);
        return new GeneratedFile(text.ToString(), summary);
    }

    public IEnumerable<IReadOnlyDictionary<string, string>> Of(string record) => Rows.Where(r => r["Record"] == record);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? OptionalDate(string text) => text.Length == 0 ? null : Date(text);
}

/// <summary>One clean 10,000-account file (about 1 s to write and read) shared by a test class.</summary>
public sealed class TenThousandAccounts
{
    public GeneratedFile File { get; } = GeneratedFile.Write(10_000);
}
