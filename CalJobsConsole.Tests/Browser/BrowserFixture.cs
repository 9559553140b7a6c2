using System.Diagnostics;
using CalJobsConsole.Tests.Support;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// One Chromium and one App on real Kestrel at a loopback port, shared by one collection (<see cref="BrowserCollection"/>, <see cref="RoleJourneyCollection"/>): each has its own.
/// Chromium is Debian's (<c>/usr/bin/chromium</c>, or <c>CHROMIUM_PATH</c>): Playwright's bundled driver runs
/// offline but cannot download a browser. Without Chromium the tests skip, unless <c>CALJOBS_REQUIRE_BROWSER=1</c>
/// (CI), where they fail. <c>CALJOBS_BROWSER_HEADED=1</c> launches a visible, slowed-down browser for debugging
/// (it needs a display, e.g. <c>xvfb-run</c>; <c>CALJOBS_BROWSER_SLOWMO</c> sets the pause in ms).
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";
    public const string ChromiumPathVariable = "CHROMIUM_PATH";
    public const string RequireBrowserVariable = "CALJOBS_REQUIRE_BROWSER";
    public const string HeadedVariable = "CALJOBS_BROWSER_HEADED";

    // The recipe verified on this kind of machine (../shared/STACK.md).
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    // The App's Hangfire worker runs what "Run now" queues (a lightweight server: the schedules never fire here, so nothing
    // scheduled changes the demo data behind a test's back).
    private readonly TestAppFactory app;

    public BrowserFixture()
        : this("Development", new Dictionary<string, string?>())
    {
    }

    /// <summary>A host in <paramref name="environment"/> with <paramref name="settings"/> besides the job worker's.</summary>
    protected BrowserFixture(string environment, IReadOnlyDictionary<string, string?> settings) =>
        app = new TestAppFactory(environment, new Dictionary<string, string?>(settings)
        {
            ["CalJobs:Jobs:RunServer"] = "true",
            ["CalJobs:Jobs:RunSchedules"] = "false",
        }, realClock: true);
    private IPlaywright? playwright;
    private IBrowser? browser;
    private int startupReported;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumPathVariable) is { Length: > 0 } path ? path : DefaultChromiumPath;

    public static bool BrowserRequired => Environment.GetEnvironmentVariable(RequireBrowserVariable) == "1";

    public static bool Headed => Environment.GetEnvironmentVariable(HeadedVariable) == "1";

    /// <summary>Milliseconds Playwright pauses before each action when headed (CALJOBS_BROWSER_SLOWMO, default 250).</summary>
    public static float SlowMo =>
        float.TryParse(Environment.GetEnvironmentVariable("CALJOBS_BROWSER_SLOWMO"), out var ms) && ms >= 0 ? ms : 250;

    /// <summary>Where the App listens, ending in '/'.</summary>
    public Uri BaseAddress => app.BaseAddress ?? throw new InvalidOperationException("The app host is not running.");

    /// <summary>The running App's services (its clock, its data folder...).</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>How long starting the host and Chromium took, for the test output.</summary>
    public TimeSpan StartupTime { get; private set; }

    private bool ChromiumPresent { get; } = File.Exists(ChromiumPath);

    public async ValueTask InitializeAsync()
    {
        if (!ChromiumPresent)
            return; // every test skips (or fails under CALJOBS_REQUIRE_BROWSER=1) in RunAsync; no host is started
        if (Headed && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"))
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY")))
            throw new InvalidOperationException(
                $"{HeadedVariable}=1 needs a display; without one, run the tests under xvfb-run -a (apt-get install xvfb xauth).");
        var clock = Stopwatch.StartNew();
        var host = Task.Run(app.StartOnLoopback);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = !Headed,
            SlowMo = Headed ? SlowMo : null,
            Args = ChromiumArgs,
        });
        await host;
        StartupTime = clock.Elapsed;
    }

    /// <summary>
    /// Opens <paramref name="path"/> in a fresh browser context, waits for interactivity, checks accessibility,
    /// then runs <paramref name="test"/>. Every further navigation goes through <see cref="BrowserPage"/> so it is
    /// checked too. On any failure a screenshot and the page's HTML are saved under .ci/out/browser/.
    /// </summary>
    public async Task RunAsync(string path, Func<BrowserPage, Task> test)
    {
        RequireChromium();
        var output = TestContext.Current.TestOutputHelper;
        if (Interlocked.Exchange(ref startupReported, 1) == 0)
            output?.WriteLine($"Browser fixture: app at {BaseAddress}, Chromium {browser!.Version}, started in {StartupTime.TotalSeconds:0.0} s.");

        await using var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        var page = new BrowserPage(await context.NewPageAsync(), output);
        await page.WatchErrorBarAsync();
        var clock = Stopwatch.StartNew();
        try
        {
            await page.GotoAsync(path);
            await test(page);
            await page.AssertEveryNavigationCheckedAsync();
            output?.WriteLine($"Browser test body took {clock.Elapsed.TotalSeconds:0.0} s.");
        }
        catch (Exception failure) when (failure is not SkipException)
        {
            var saved = await FailureArtifacts.SaveAsync(page.Page);
            output?.WriteLine(saved);
            throw new BrowserTestFailureException(failure, saved);
        }
    }

    private static void RequireChromium()
    {
        if (File.Exists(ChromiumPath))
            return;
        var reason = $"Chromium not found at {ChromiumPath}; install it with apt-get install chromium";
        if (BrowserRequired)
            Assert.Fail(reason + $" ({RequireBrowserVariable}=1: browser tests must run, not skip)");
        Assert.Skip(reason);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (browser is not null)
            await browser.CloseAsync();
        playwright?.Dispose();
        await app.DisposeAsync();
    }
}

/// <summary>A browser test's failure, with where its screenshot and HTML were saved.</summary>
public sealed class BrowserTestFailureException(Exception inner, string artifacts)
    : Exception(artifacts, inner);
