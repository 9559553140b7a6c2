using System.Diagnostics;
using System.Globalization;
using System.Text;
using CalJobsConsole.Benchmarks.Generation;

namespace CalJobsConsole.Benchmarks;

/// <summary>
/// <c>generate --size 10k|100k|1M|&lt;n&gt; [--seed N] [--today yyyy-MM-dd] [--problems N] --out &lt;file.csv&gt;</c>: writes a
/// statewide import file (docs/generator.md). Exit codes: 0 written, 2 usage. Public for the tests (the project's <c>Program</c>
/// would clash with the App's if its internals were visible to them).
/// </summary>
public static class GenerateCommand
{
    public const string Usage =
        "generate --size 10k|100k|1M|<accounts> [--seed N] [--today yyyy-MM-dd] [--problems N] --out <file.csv>";

    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error));

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        if (!TryParse(args, out var options, out var problem))
        {
            errors.WriteLine(problem);
            errors.WriteLine("Usage: " + Usage);
            return 2;
        }
        var clock = Stopwatch.StartNew();
        var path = Path.GetFullPath(options.Out);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        GenerationSummary summary;
        using (var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16))
            summary = StatewideCsvGenerator.Write(file, StatewideShape.For(options.Accounts), options.Seed, options.Today, options.Problems);
        clock.Stop();

        output.WriteLine($"Wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:N1} MB, {summary.Rows:N0} rows) in {clock.Elapsed.TotalSeconds:N1} s; " +
                         $"seed {options.Seed}, today {options.Today?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(the real date)"}.");
        output.WriteLine($"  {summary.Areas} areas, {summary.Offices} offices, {summary.Administrators} administrators, {summary.StaffAccounts:N0} staff accounts:");
        foreach (var (state, count) in summary.Lifecycles)
            output.WriteLine($"    {state,-26} {count,9:N0}");
        foreach (var p in summary.Problems)
            output.WriteLine($"  problem at line {p.Line}: {p.Kind} ({p.Detail})");
        return 0;
    }

    private sealed record Options(int Accounts, int Seed, DateOnly? Today, int Problems, string Out);

    private static bool TryParse(IReadOnlyList<string> args, out Options options, out string problem)
    {
        options = null!;
        int? accounts = null;
        var seed = StatewideCsvGenerator.DefaultSeed;
        DateOnly? today = null;
        var problems = 0;
        string? output = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                problem = $"'{name}' needs a value.";
                return false;
            }
            var value = args[++i];
            switch (name)
            {
                case "--size":
                    accounts = StatewideShape.ParseSize(value);
                    if (accounts is null)
                    {
                        problem = $"--size '{value}' is not 10k, 100k, 1M or a number of accounts up to {StatewideShape.MaxAccounts:N0}.";
                        return false;
                    }
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    break;
                case "--today" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d):
                    today = d;
                    break;
                case "--problems" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                    problems = n;
                    break;
                case "--out":
                    output = value;
                    break;
                default:
                    problem = name is "--seed" or "--today" or "--problems"
                        ? $"{name} '{value}' is not {(name == "--today" ? "a yyyy-MM-dd date" : name == "--seed" ? "a whole number" : "a count (0 or more)")}."
                        : $"Unknown option '{name}'.";
                    return false;
            }
        }
        if (accounts is null || string.IsNullOrWhiteSpace(output))
        {
            problem = accounts is null ? "--size is required." : "--out is required.";
            return false;
        }
        options = new Options(accounts.Value, seed, today, problems, output);
        problem = "";
        return true;
    }
}
