using System.Diagnostics;
using System.Globalization;
using CalJobsConsole.App.Data;
using CalJobsConsole.Benchmarks.Harness;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Benchmarks;

/// <summary>
/// <c>run [--sizes 10k,100k]</c>: for each size, generates the statewide file, imports it (dry run, then commit) into a fresh
/// database through the App's <c>import</c> command, starts the App in this process, and measures every page in headless
/// Chromium against its SQL floor, each job, and memory per circuit; prints the Markdown tables and writes them to a file
/// (docs/performance.md, "Statewide scale"). Options:
/// <c>--runs 5 --warmups 1 --circuits 20 --seed 17 --page-timeout 60 --job-timeout 900 --work /tmp/caljobs-bench
/// --out .ci/out/benchmark/statewide.md --keep --dev-seed</c>.
/// </summary>
internal static class BenchmarkCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
        if (!File.Exists(BrowserBench.ChromiumPath))
        {
            Console.Error.WriteLine($"Chromium not found at {BrowserBench.ChromiumPath}: apt-get install chromium (or set CHROMIUM_PATH).");
            return 2;
        }
#if DEBUG
        Console.Error.WriteLine("warning: a Debug build; the figures of docs/performance.md are measured with -c Release.");
#endif
        var report = new BenchmarkReport(options, Machine.Describe());
        foreach (var (label, accounts) in options.Sizes)
        {
            var size = new SizeReport(label, accounts);
            report.Sizes.Add(size);
            try
            {
                await RunSizeAsync(options, size);
            }
            catch (Exception ex)
            {
                size.Failure = $"{ex.GetType().Name}: {ex.Message.Split('\n')[0]}";
                Log($"{label}: FAILED — {ex}");
            }
            size.LoadAtEnd = Machine.LoadAverage();
            // Written after each size, so a 1M run that never finishes still leaves the smaller sizes' tables.
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Out))!);
            await File.WriteAllTextAsync(options.Out, report.ToMarkdown());
        }
        var markdown = report.ToMarkdown();
        Console.WriteLine();
        Console.WriteLine(markdown);
        Log($"written to {Path.GetFullPath(options.Out)}");
        return report.Sizes.All(s => s.Failure is null) ? 0 : 1;
    }

    private static async Task RunSizeAsync(BenchmarkOptions options, SizeReport size)
    {
        var folder = Path.Combine(options.Work, size.Label);
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(data);
        var database = Path.Combine(data, DatabaseServices.DatabaseFileName);
        try
        {
            // 1. The statewide file.
            var file = Path.Combine(folder, $"statewide-{size.Label}.csv");
            var clock = Stopwatch.StartNew();
            string? generated = null;
            if (!options.DevSeed)
            {
                generated = Adapters.GenerateStatewideFile(file, size.Accounts, size.Label, options.Seed);
                if (generated is null)
                    throw new InvalidOperationException("No StatewideCsvGenerator in this build: nothing to import (use --dev-seed while developing the benchmark).");
                size.Generate = clock.Elapsed;
                size.FileBytes = new FileInfo(file).Length;
                Log($"{size.Label}: generated {file} ({size.FileBytes / 1e6:0.0} MB) in {size.Generate.Value.TotalSeconds:0.0} s");
            }

            // 2. A fresh database, its first Operations Unit user, and the import.
            var created = await Adapters.CreateOperationsUserAsync(data);
            size.CreateOperationsUser = created.Elapsed;
            if (created.ExitCode != 0)
                throw new InvalidOperationException($"create-operations-user exited {created.ExitCode}: {created.Tail()}");
            Log($"{size.Label}: create-operations-user {created.Elapsed.TotalSeconds:0.0} s (the App's start-up and migrations)");
            if (options.DevSeed)
            {
                Log($"{size.Label}: DEVELOPMENT SEED (raw SQL, not the import): figures are not the benchmark's");
                clock.Restart();
                DevelopmentSeed.Fill(database, size.Accounts, options.Seed, DateOnly.FromDateTime(DateTime.Today));
                size.DevSeeded = clock.Elapsed;
            }
            else
            {
                size.DryRun = await Adapters.ImportAsync(data, generated!, commit: false, options.ImportTimeout);
                Log($"{size.Label}: import dry run exited {size.DryRun.ExitCode} in {size.DryRun.Elapsed.TotalSeconds:0.0} s\n{size.DryRun.Tail(6)}");
                size.Commit = await Adapters.ImportAsync(data, generated!, commit: true, options.ImportTimeout);
                Log($"{size.Label}: import --commit exited {size.Commit.ExitCode} in {size.Commit.Elapsed.TotalSeconds:0.0} s\n{size.Commit.Tail(6)}");
                if (size.Commit.ExitCode != 0)
                    throw new InvalidOperationException($"the import did not commit (exit code {size.Commit.ExitCode}): {size.Commit.Tail(4)}");
            }

            // 3. The App, in this process, on the imported database.
            await using var host = new BenchHost(data);
            var baseAddress = host.Start();
            Log($"{size.Label}: App at {baseAddress}");
            var context = await DescribeAsync(host.Services, size);
            var adminEmail = await Adapters.EnsureAdministratorAsync(host.Services, context.BiggestAreaId);
            Log($"{size.Label}: biggest area {context.BiggestAreaName} ({size.BiggestAreaAccounts} accounts); administrator {adminEmail ?? "none (no active seat)"}");

            await using (var browser = await BrowserBench.LaunchAsync(baseAddress))
            {
                await TrySignInAsync(browser, Viewer.OperationsUnit, Adapters.OperationsUserName, size);
                if (adminEmail is not null)
                    await TrySignInAsync(browser, Viewer.Administrator, Adapters.AdministratorUserName, size);

                // 3–4. Pages, and their queries against the floor.
                foreach (var page in PageCatalogue.All)
                {
                    var (visits, failure) = await browser.VisitAsync(page.Viewer, page.Path(context), page.DataShown, host.Queries,
                        options.WarmUps, options.Runs, options.PageTimeout, page.AfterChange ? () => PublishAccountChange(host, context) : null);
                    double? floor = null;
                    if (page.Floor is not null)
                    {
                        var (ms, floorFailure) = SqlFloor.Time(database, page.Floor(context), options.WarmUps, options.Runs);
                        floor = ms;
                        failure ??= floorFailure;
                    }
                    var result = new PageResult(page, visits, failure, floor);
                    size.Pages.Add(result);
                    Log($"  {page.Name}: shown {Ms(result.DataShown)}, interactive {Ms(result.Interactive)}, queries {Ms(result.Queries)} ({result.Commands} commands), floor {Ms(floor)}{(failure is null ? "" : " — " + failure)}");
                }

                // 6. Memory per circuit.
                // The Operations Unit's home page, or the administrator's desk where the home page could not be shown.
                var dashboards = size.Pages.Where(p => p.Page.Main).Take(2).ToList();
                var dashboard = dashboards.FirstOrDefault(p => p.Failure is null && p.Visits.Count > 0)?.Page ?? dashboards[0].Page;
                size.Circuits = await MeasureCircuitsAsync(browser, host, dashboard, options);
            }

            // 5. The jobs, last: they change the data.
            if (!options.SkipJobs)
                size.Jobs = await JobBench.RunAllAsync(host.Services, options.JobTimeout, Log);
        }
        finally
        {
            if (!options.Keep && Directory.Exists(folder))
            {
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
            }
        }
    }

    /// <summary>What a save of an account in the biggest area publishes on the App's change feed (<see cref="PageSpec.AfterChange"/>).</summary>
    private static void PublishAccountChange(BenchHost host, PageContext context) =>
        host.Services.GetRequiredService<CalJobsConsole.App.Live.IChangeFeed>()
            .Publish([new CalJobsConsole.App.Live.ConsoleChange(CalJobsConsole.App.Live.ChangeFeed.Kinds.Account, Guid.NewGuid(), context.BiggestAreaId)]);

    private static async Task TrySignInAsync(BrowserBench browser, Viewer viewer, string userName, SizeReport size)
    {
        try
        {
            await browser.SignInAsync(viewer, userName, Adapters.Password);
        }
        catch (Exception ex)
        {
            size.Notes.Add($"{viewer} could not sign in: {ex.Message.Split('\n')[0]}");
            Log($"  {viewer} could not sign in: {ex.Message.Split('\n')[0]}");
        }
    }

    /// <summary>
    /// Memory per circuit: once every earlier visit's circuit has closed, the heap after a forced full collection; then
    /// <see cref="BenchmarkOptions.Circuits"/> dashboards (<paramref name="home"/>) open (five tabs loading at a time), each
    /// showing its data with its circuit connected, and the heap again: (after − before) / N.
    /// </summary>
    private static async Task<CircuitResult> MeasureCircuitsAsync(BrowserBench browser, BenchHost host, PageSpec home, BenchmarkOptions options)
    {
        var process = Process.GetCurrentProcess();
        var idle = await host.WaitForCircuitsAsync(0, TimeSpan.FromMinutes(2));
        await host.Queries.WaitForQuietAsync(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(2));
        var before = JobBench.ForceFullCollection();
        process.Refresh();
        var setBefore = process.WorkingSet64;
        List<Microsoft.Playwright.IPage> pages = [];
        try
        {
            if (!idle)
                throw new InvalidOperationException($"{host.Circuits.Open} circuits of earlier visits were still open after 2 minutes");
            pages = await browser.OpenManyAsync(home.Viewer, home.Path(null!), home.DataShown, options.Circuits, options.PageTimeout);
            if (!await host.WaitForCircuitsAsync(options.Circuits, TimeSpan.FromMinutes(1)))
                throw new InvalidOperationException($"{host.Circuits.Open} circuits open instead of {options.Circuits}");
            await host.Queries.WaitForQuietAsync(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(2));
            var after = JobBench.ForceFullCollection();
            process.Refresh();
            var result = new CircuitResult(home.Name, options.Circuits, before, after, setBefore, process.WorkingSet64, null);
            Log($"  {options.Circuits} dashboards: heap {before / 1e6:0.0} → {after / 1e6:0.0} MB, {result.PerCircuitBytes / 1e6:0.00} MB per circuit");
            return result;
        }
        catch (Exception ex)
        {
            Log($"  circuits: failed — {ex.Message.Split('\n')[0]}");
            return new CircuitResult(home.Name, options.Circuits, before, before, setBefore, setBefore, $"failed with {pages.Count} dashboards open: {ex.Message.Split('\n')[0]}");
        }
        finally
        {
            foreach (var page in pages)
                await page.CloseAsync();
        }
    }

    /// <summary>The imported state's figures for the report, and the biggest area for the area overview and the administrator.</summary>
    private static async Task<PageContext> DescribeAsync(IServiceProvider services, SizeReport size)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsoleDbContext>();
        size.Counts["areas"] = await db.Areas.CountAsync();
        size.Counts["offices"] = await db.Offices.CountAsync();
        size.Counts["staff accounts"] = await db.StaffAccounts.CountAsync();
        size.Counts["requests"] = await db.AccessRequests.CountAsync();
        size.Counts["evidence records"] = await db.EvidenceDocuments.CountAsync();
        size.Counts["audit records"] = await db.Set<CalJobsConsole.App.Data.Audit.AuditRecord>().CountAsync();
        var biggest = await db.StaffAccounts.GroupBy(a => a.AreaId).Select(g => new { AreaId = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).FirstOrDefaultAsync()
            ?? throw new InvalidOperationException("The database holds no staff account: the import wrote nothing.");
        var name = await db.Areas.Where(a => a.Id == biggest.AreaId).Select(a => a.Name).SingleAsync();
        size.BiggestAreaAccounts = biggest.Count;
        size.BiggestArea = name;
        return new PageContext(biggest.AreaId, name, scope.ServiceProvider.GetRequiredService<BusinessClock>().Today);
    }

    private static string Ms(double? ms) => ms is { } v ? $"{v:0} ms" : "—";

    public static void Log(string line) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {line}");
}

internal sealed record BenchmarkOptions(
    IReadOnlyList<(string Label, int Accounts)> Sizes, int Runs, int WarmUps, int Circuits, int Seed, TimeSpan PageTimeout,
    TimeSpan ImportTimeout, TimeSpan JobTimeout, string Work, string Out, bool Keep, bool DevSeed, bool SkipJobs)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        var flags = new HashSet<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "--keep" or "--dev-seed" or "--skip-jobs")
                flags.Add(name);
            else if (name.StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
                values[name] = args[++i];
            else
                throw new ArgumentException($"Unknown argument '{name}'. Usage: run [--sizes 10k,100k] [--runs 5] [--warmups 1] [--circuits 20] [--seed 17] [--page-timeout 60] [--import-timeout 900] [--job-timeout 900] [--work DIR] [--out FILE] [--keep] [--skip-jobs] [--dev-seed]");
        }
        string Value(string name, string fallback) => values.GetValueOrDefault(name, fallback);
        int Number(string name, int fallback) =>
            int.TryParse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), out var n) && n >= 0 ? n : throw new ArgumentException($"{name} takes a whole number.");
        var sizes = Value("--sizes", "10k,100k").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(label => (label, ParseSize(label))).ToList();
        return new BenchmarkOptions(sizes, Math.Max(1, Number("--runs", 5)), Number("--warmups", 1), Math.Max(1, Number("--circuits", 20)),
            Number("--seed", 17), TimeSpan.FromSeconds(Number("--page-timeout", 60)), TimeSpan.FromSeconds(Number("--import-timeout", 900)),
            TimeSpan.FromSeconds(Number("--job-timeout", 900)),
            Path.GetFullPath(Value("--work", Path.Combine(Path.GetTempPath(), "caljobs-bench"))),
            Value("--out", Path.Combine(".ci", "out", "benchmark", "statewide.md")),
            flags.Contains("--keep"), flags.Contains("--dev-seed"), flags.Contains("--skip-jobs"));
    }

    /// <summary>"10k" → 10 000, "1M" → 1 000 000, "2500" → 2 500.</summary>
    public static int ParseSize(string label)
    {
        var text = label.Trim().ToLowerInvariant();
        var multiplier = text.EndsWith('k') ? 1_000 : text.EndsWith('m') ? 1_000_000 : 1;
        var digits = multiplier == 1 ? text : text[..^1];
        return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0
            ? (int)(n * multiplier)
            : throw new ArgumentException($"'{label}' is not a size (10k, 100k, 1M).");
    }
}
