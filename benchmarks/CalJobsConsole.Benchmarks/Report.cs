using System.Diagnostics;
using System.Globalization;
using System.Text;
using CalJobsConsole.Benchmarks.Harness;

namespace CalJobsConsole.Benchmarks;

/// <summary>What one size measured.</summary>
internal sealed class SizeReport(string label, int accounts)
{
    public string Label { get; } = label;
    public int Accounts { get; } = accounts;
    public TimeSpan? Generate { get; set; }
    public long? FileBytes { get; set; }
    public TimeSpan? CreateOperationsUser { get; set; }
    public TimeSpan? DevSeeded { get; set; }
    public CommandResult? DryRun { get; set; }
    public CommandResult? Commit { get; set; }
    public Dictionary<string, int> Counts { get; } = [];
    public string? BiggestArea { get; set; }
    public int BiggestAreaAccounts { get; set; }
    public List<PageResult> Pages { get; } = [];
    public CircuitResult? Circuits { get; set; }
    public List<JobResult> Jobs { get; set; } = [];
    public List<string> Notes { get; } = [];
    public string LoadAtStart { get; set; } = Machine.LoadAverage();
    public string? LoadAtEnd { get; set; }
    public string? Failure { get; set; }
}

/// <summary>The machine the figures were measured on, and the commit.</summary>
internal sealed record Machine(int Cores, string Memory, string Cpu, string Commit, string Runtime)
{
    public static Machine Describe()
    {
        var memory = "?";
        var cpu = "?";
        try
        {
            var total = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            if (total is not null && long.TryParse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out var kb))
                memory = $"{kb / 1024.0 / 1024.0:0.0} GiB";
            cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        }
        catch (IOException) { }
        return new Machine(Environment.ProcessorCount, memory, cpu, Git("rev-parse --short HEAD") + (Git("status --porcelain").Length > 0 ? " (with uncommitted changes)" : ""),
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
    }

    /// <summary>The 1, 5 and 15-minute load averages (/proc/loadavg): a loaded machine makes every figure slower.</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static string Git(string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit(10_000);
            return process.ExitCode == 0 ? output : "?";
        }
        catch (Exception)
        {
            return "?";
        }
    }
}

/// <summary>The Markdown the benchmark prints and writes: copied into docs/performance.md.</summary>
internal sealed class BenchmarkReport(BenchmarkOptions options, Machine machine)
{
    public List<SizeReport> Sizes { get; } = [];

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC at commit `{machine.Commit}`, {machine.Runtime}, on {machine.Cores} cores ({machine.Cpu}), {machine.Memory}.");
        md.AppendLine(CultureInfo.InvariantCulture, $"Pages: median of {options.Runs} visits after {options.WarmUps} warm-up, headless Chromium; seed {options.Seed}.");
        if (options.DevSeed)
            md.AppendLine().AppendLine("**DEVELOPMENT SEED (raw SQL, not the generator and the import): these figures are not the benchmark's.**");
        md.AppendLine();

        md.AppendLine("#### Data and import").AppendLine();
        md.AppendLine("| size | file | generate | dry run | commit | import peak memory (dry run / commit) | accounts | requests | evidence | audit | biggest area |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var s in Sizes)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {s.Label} | {(s.FileBytes is { } b ? $"{b / 1e6:0.0} MB" : "—")} | {Seconds(s.Generate)} | {Import(s.DryRun)} | {Import(s.Commit)} | {Mb(s.DryRun?.PeakWorkingSetBytes)} / {Mb(s.Commit?.PeakWorkingSetBytes)} | {Count(s, "staff accounts")} | {Count(s, "requests")} | {Count(s, "evidence records")} | {Count(s, "audit records")} | {s.BiggestArea ?? "—"} ({s.BiggestAreaAccounts:N0}) |");
        }
        md.AppendLine();

        foreach (var s in Sizes)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"#### Pages at {s.Label}").AppendLine();
            if (s.Failure is not null)
                md.AppendLine(CultureInfo.InvariantCulture, $"**The run failed:** {s.Failure}").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"Load average (1 / 5 / 15 min) at the start of this size: {s.LoadAtStart}; at its end: {s.LoadAtEnd ?? "?"}.").AppendLine();
            foreach (var note in s.Notes)
                md.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
            md.AppendLine("| page | as | data shown | interactive | queries (commands) | its own queries | SQL floor | queries ÷ floor | own ÷ floor | |");
            md.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
            foreach (var p in s.Pages)
            {
                var target = p.Page.Main && p.DataShown is { } shown ? (shown < 500 ? "✓ < 0.5 s" : "✗ ≥ 0.5 s") : "";
                // A page's own queries: its visit's, less what a visit of a page with no data costs the same viewer.
                var everyVisit = s.Pages.FirstOrDefault(b => b.Page.EveryVisit && b.Page.Viewer == p.Page.Viewer)?.Queries;
                double? own = p.Page.EveryVisit || p.Queries is null || everyVisit is null ? null : Math.Max(0, p.Queries.Value - everyVisit.Value);
                double? ownRatio = own is { } o && p.FloorMs is > 0 ? o / p.FloorMs : null;
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {(p.Page.Main ? $"**{p.Page.Name}**" : p.Page.Name)} | {Viewer(p.Page.Viewer)} | {Ms(p.DataShown)}{(p.Visits.Count is > 0 and var n && n < options.Runs ? $" (of {n})" : "")} | {Ms(p.Interactive)} | {Ms(p.Queries)}{(p.Commands is { } c ? $" ({c})" : "")} | {Ms(own)} | {Ms(p.FloorMs)} | {(p.Ratio is { } r ? $"{r:0.0}×" : "—")} | {(ownRatio is { } r2 ? $"{r2:0.0}×" : "—")} | {(p.Failure is null ? target : p.Failure.Replace("|", "\\|"))} |");
            }
            md.AppendLine();
            if (s.Circuits is { } circuits)
            {
                md.AppendLine(circuits.Failure is null
                    ? string.Create(CultureInfo.InvariantCulture, $"Memory per circuit ({circuits.Circuits} × {circuits.Dashboard} open): managed heap after a forced full collection {Mb(circuits.HeapBefore)} → {Mb(circuits.HeapAfter)}, **{circuits.PerCircuitBytes / 1e6:0.00} MB per circuit**; the process's working set {Mb(circuits.WorkingSetBefore)} → {Mb(circuits.WorkingSetAfter)} (the runtime keeps or returns freed memory as it likes: not a per-circuit figure).")
                    : $"Memory per circuit: {circuits.Failure}");
                md.AppendLine();
            }
            if (s.Jobs.Count > 0)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"Jobs at {s.Label} (each once, in this order, on the imported data):").AppendLine();
                md.AppendLine("| job | duration | allocated | peak working set | peak managed heap | outcome |");
                md.AppendLine("|---|---|---|---|---|---|");
                foreach (var j in s.Jobs)
                    md.AppendLine(CultureInfo.InvariantCulture, $"| {j.Name} | {Seconds(j.Duration)} | {Mb(j.AllocatedBytes)} | {Mb(j.PeakWorkingSetBytes)} | {Mb(j.PeakHeapBytes)} | {j.Outcome.Replace("|", "\\|")} |");
                md.AppendLine();
            }
        }

        if (Sizes.Count > 1)
        {
            var first = Sizes[0];
            md.AppendLine(CultureInfo.InvariantCulture, $"#### Growth from {first.Label}").AppendLine();
            md.Append("| page | ");
            md.AppendJoin(" | ", Sizes.Select(s => $"{s.Label} data shown"));
            md.Append(" | ");
            md.AppendJoin(" | ", Sizes.Skip(1).Select(s => $"{first.Label} → {s.Label}"));
            md.AppendLine(" |");
            md.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---|", Sizes.Count * 2 - 1)));
            foreach (var page in PageCatalogue.All)
            {
                var shown = Sizes.Select(s => s.Pages.FirstOrDefault(p => p.Page == page)).ToList();
                md.Append(CultureInfo.InvariantCulture, $"| {page.Name} | ");
                md.AppendJoin(" | ", shown.Select(p => p is null ? "—" : p.DataShown is { } v ? $"{v:0} ms" : "✗"));
                md.Append(" | ");
                md.AppendJoin(" | ", shown.Skip(1).Select(p => p?.DataShown is { } v && shown[0]?.DataShown is > 0 ? $"{v / shown[0]!.DataShown!.Value:0.0}×" : "—"));
                md.AppendLine(" |");
            }
            md.AppendLine();
            md.Append("| job | ");
            md.AppendJoin(" | ", Sizes.Select(s => s.Label));
            md.AppendLine(" |");
            md.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---|", Sizes.Count)));
            foreach (var job in Sizes.SelectMany(s => s.Jobs.Select(j => j.Name)).Distinct())
            {
                md.Append(CultureInfo.InvariantCulture, $"| {job} | ");
                md.AppendJoin(" | ", Sizes.Select(s => s.Jobs.FirstOrDefault(j => j.Name == job) is { } j ? $"{Seconds(j.Duration)}, {Mb(j.AllocatedBytes)} allocated" : "—"));
                md.AppendLine(" |");
            }
            md.AppendLine();
        }
        return md.ToString();
    }

    private static string Count(SizeReport s, string what) => s.Counts.TryGetValue(what, out var n) ? n.ToString("N0", CultureInfo.InvariantCulture) : "—";

    private static string Viewer(Viewer viewer) => viewer == CalJobsConsole.Benchmarks.Viewer.OperationsUnit ? "OU" : "admin";

    private static string Import(CommandResult? result) =>
        result is null ? "—" : result.TimedOut ? "timed out" : $"{result.Elapsed.TotalSeconds:0.0} s{(result.ExitCode == 0 ? "" : $" (exit {result.ExitCode})")}";

    private static string Seconds(TimeSpan? time) => time is { } t ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.00} s") : "—";

    private static string Ms(double? ms) => ms is { } v ? (v < 10 ? FormattableString.Invariant($"{v:0.0} ms") : FormattableString.Invariant($"{v:0} ms")) : "—";

    private static string Mb(long? bytes) => bytes is { } b and > 0 ? string.Create(CultureInfo.InvariantCulture, $"{b / 1e6:0} MB") : "—";
}
