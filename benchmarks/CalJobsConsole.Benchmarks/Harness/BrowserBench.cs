using Microsoft.Playwright;

namespace CalJobsConsole.Benchmarks.Harness;

/// <summary>One timed visit: milliseconds from navigation start to the data shown and to the circuit interactive, and the server's query time.</summary>
internal sealed record PageVisit(double DataShownMs, double InteractiveMs, double QueryMs, int Commands);

/// <summary>A page's result: the timed visits (warm-up excluded), or why it could not be measured.</summary>
internal sealed record PageResult(PageSpec Page, IReadOnlyList<PageVisit> Visits, string? Failure, double? FloorMs)
{
    public double? DataShown => Median(Visits.Select(v => v.DataShownMs));
    public double? Interactive => Median(Visits.Select(v => v.InteractiveMs));
    public double? Queries => Median(Visits.Select(v => v.QueryMs));
    public int? Commands => Visits.Count == 0 ? null : (int)Median(Visits.Select(v => (double)v.Commands))!;
    public double? Ratio => Queries is { } q && FloorMs is > 0 ? q / FloorMs : null;

    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            return null;
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <summary>
/// Headless Chromium (Debian's, <c>/usr/bin/chromium</c> or <c>CHROMIUM_PATH</c>, launched with the browser tests' arguments:
/// ../shared/STACK.md) against the benchmark's host: signs in once per viewer through the sign-in form and keeps the cookie,
/// then opens each page in a new tab (a new circuit) per visit.
/// </summary>
internal sealed class BrowserBench : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    // Installed in each visit's tab before it navigates, so it runs before the page's own scripts and the parser. It watches
    // the document (no polling from outside: Playwright's waitForFunction, polling every 10 ms, held the first paint back by
    // ~60 ms and only saw a prerendered element around DOMContentLoaded) and records, in ms since navigation start:
    //   el     — the data selector matched in the DOM;
    //   frame  — the animation frame after that (the frame that paints it, once painting is allowed);
    //   fcp    — the first contentful paint (a prerendered page's data is painted no earlier than this);
    //   ready  — the data present and the circuit interactive (the layout's data-ready="1").
    // Data shown = max(frame, fcp): the first frame on screen that holds the data. window.__bench.done resolves once every
    // figure is in, or at once when the page shows an error (an error alert, or Blazor's "An unhandled error has occurred").
    private const string VisitScript = """
        (() => {
          const selector = SELECTOR, errorSelector = ERROR_SELECTOR;
          const b = window.__bench = { el: null, frame: null, fcp: null, ready: null, error: false };
          let resolve;
          b.done = new Promise(r => resolve = r);
          const finish = () => { if (b.error || (b.frame !== null && b.fcp !== null && b.ready !== null)) resolve(b); };
          new PerformanceObserver(list => {
            for (const e of list.getEntries()) if (e.name === 'first-contentful-paint' && b.fcp === null) { b.fcp = e.startTime; finish(); }
          }).observe({ type: 'paint', buffered: true });
          const check = () => {
            if (b.el === null && document.querySelector(selector)) {
              b.el = performance.now();
              requestAnimationFrame(() => { b.frame = performance.now(); finish(); });
            }
            if (b.ready === null && b.el !== null && document.querySelector("[data-ready='1']")) { b.ready = performance.now(); finish(); }
            const ui = document.getElementById('blazor-error-ui');
            if (!b.error && (document.querySelector(errorSelector) || (ui && ui.style.display && ui.style.display !== 'none'))) { b.error = true; finish(); }
          };
          new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready', 'style'] });
        })();
        """;
    private const string ErrorSelector = ".mud-alert-filled-error, .mud-alert-text-error, .mud-alert-outlined-error";
    private const string InteractiveScript = "selector => document.querySelector(selector) && document.querySelector(\"[data-ready='1']\") ? performance.now() : null";

    private sealed record VisitFigures(double? El, double? Frame, double? Fcp, double? Ready, bool Error)
    {
        public double Shown => Math.Max(Frame ?? 0, Fcp ?? Frame ?? 0);

        public static VisitFigures From(double?[] figures) => new(figures[0], figures[1], figures[2], figures[3], figures[4] == 1);
    }

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly Uri baseAddress;
    private readonly Dictionary<Viewer, IBrowserContext> contexts = [];

    private BrowserBench(IPlaywright playwright, IBrowser browser, Uri baseAddress) =>
        (this.playwright, this.browser, this.baseAddress) = (playwright, browser, baseAddress);

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<BrowserBench> LaunchAsync(Uri baseAddress)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        return new BrowserBench(playwright, browser, baseAddress);
    }

    /// <summary>Signs <paramref name="viewer"/> in as <paramref name="userName"/> and keeps the signed-in context for their visits.</summary>
    public async Task SignInAsync(Viewer viewer, string userName, string password)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("Account/Login", new PageGotoOptions { Timeout = 60_000 });
        await page.GetByLabel("Username").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase),
            new PageWaitForURLOptions { Timeout = 120_000, WaitUntil = WaitUntilState.Commit });
        await page.CloseAsync();
        contexts[viewer] = context;
    }

    public bool IsSignedIn(Viewer viewer) => contexts.ContainsKey(viewer);

    /// <summary>
    /// Visits <paramref name="path"/> <paramref name="warmUps"/> + <paramref name="runs"/> times, each in a new tab: navigation
    /// start to <paramref name="dataShown"/> present (first paint of the data, prerendered or not), to the circuit interactive
    /// with the data, and the EF Core time the server spent until its queries went quiet. A failure or timeout ends the page's
    /// visits and is reported, never thrown.
    /// </summary>
    public async Task<(List<PageVisit> Visits, string? Failure)> VisitAsync(Viewer viewer, string path, string dataShown, QueryTimer queries,
        int warmUps, int runs, TimeSpan timeout, Action? beforeEachVisit = null)
    {
        var visits = new List<PageVisit>();
        if (!contexts.TryGetValue(viewer, out var context))
            return (visits, $"{viewer} could not sign in");
        // A very slow page gets fewer visits (at least one timed), so a "before" run still ends in reasonable time: the
        // report shows how many visits its median is of.
        var budget = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < warmUps + runs; i++)
        {
            if (visits.Count > 0 && budget.Elapsed > 2 * timeout)
                break;
            var page = await context.NewPageAsync();
            try
            {
                beforeEachVisit?.Invoke();
                queries.Reset();
                await page.AddInitScriptAsync(VisitScript
                    .Replace("ERROR_SELECTOR", System.Text.Json.JsonSerializer.Serialize(ErrorSelector))
                    .Replace("SELECTOR", System.Text.Json.JsonSerializer.Serialize(dataShown)));
                var response = await page.GotoAsync(path.TrimStart('/'), new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = (float)timeout.TotalMilliseconds });
                if (response is { Ok: false })
                    return (visits, $"HTTP {response.Status} at {response.Url}");
                var figures = VisitFigures.From(await page.EvaluateAsync<double?[]>(
                    "() => window.__bench.done.then(b => [b.el, b.frame, b.fcp, b.ready, b.error ? 1 : 0])").WaitAsync(timeout));
                if (figures.Error)
                {
                    var text = await page.EvaluateAsync<string>($"() => (document.querySelector('{ErrorSelector}') ?? document.getElementById('blazor-error-ui'))?.innerText ?? ''");
                    await queries.WaitForQuietAsync(TimeSpan.FromSeconds(3), TimeSpan.FromMinutes(3));
                    return (visits, "error shown: " + OneLine(text, 160));
                }
                var (shown, interactive) = (figures.Shown, figures.Ready!.Value);
                if (page.Url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase) || page.Url.Contains("/Error", StringComparison.Ordinal))
                    return (visits, $"ended at {page.Url}");
                await queries.WaitForQuietAsync(TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(30));
                var (spent, commands) = queries.Read();
                if (i >= warmUps)
                    visits.Add(new PageVisit(shown, interactive, spent.TotalMilliseconds, commands));
            }
            catch (TimeoutException)
            {
                // What the page showed instead, for whoever reads the report: its HTML beside it.
                var artifact = Path.Combine(Path.GetTempPath(), "caljobs-bench-timeouts", $"{viewer}-{string.Concat(path.Split(Path.GetInvalidFileNameChars()))}.html");
                Directory.CreateDirectory(Path.GetDirectoryName(artifact)!);
                await File.WriteAllTextAsync(artifact, await page.ContentAsync());
                await page.CloseAsync();
                await queries.WaitForQuietAsync(TimeSpan.FromSeconds(3), TimeSpan.FromMinutes(3));
                return (visits, $"timed out after {timeout.TotalSeconds:0} s (selector `{dataShown}` never appeared; the page: {artifact})");
            }
            catch (PlaywrightException ex)
            {
                return (visits, "failed: " + ex.Message.Split('\n')[0]);
            }
            finally
            {
                await page.CloseAsync();
            }
        }
        return (visits, null);
    }

    /// <summary>Opens <paramref name="count"/> tabs of <paramref name="path"/>, five loading at a time, each until it shows its data and is interactive; the caller closes them.</summary>
    public async Task<List<IPage>> OpenManyAsync(Viewer viewer, string path, string dataShown, int count, TimeSpan timeout)
    {
        var context = contexts[viewer];
        var pages = new List<IPage>();
        for (var i = 0; i < count; i += 5)
        {
            var batch = new List<IPage>();
            for (var j = i; j < Math.Min(count, i + 5); j++)
                batch.Add(await context.NewPageAsync());
            pages.AddRange(batch);
            await Task.WhenAll(batch.Select(async page =>
            {
                await page.GotoAsync(path.TrimStart('/'), new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = (float)timeout.TotalMilliseconds });
                await page.WaitForFunctionAsync(InteractiveScript, dataShown, new PageWaitForFunctionOptions { Timeout = (float)timeout.TotalMilliseconds, PollingInterval = 50 });
            }));
        }
        return pages;
    }

    private static string OneLine(string text, int max)
    {
        var line = string.Join(' ', text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length > max ? line[..max] + "…" : line;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts.Values)
            await context.CloseAsync();
        await browser.CloseAsync();
        playwright.Dispose();
    }
}
