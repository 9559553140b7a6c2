using CalJobsConsole.App.Data.Seed;
using CalJobsConsole.Tests.Support;
using Microsoft.Playwright;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// Memory per circuit (issue 17 item 5), measured rather than guessed: the App on real Kestrel in this process (a
/// <see cref="TestAppFactory"/>) and Debian's headless Chromium in another; one browser context signs in, opens one page
/// (warm-up: JIT, caches, the first circuit) and keeps it; then <c>circuits</c> more tabs of the same page, each its own
/// circuit, each waited for until its data shows. The figure is the managed heap after a full GC with them open minus the
/// heap with only the warm-up open, divided by their number. The benchmark reuses it: give the host its settings (e.g. a
/// <c>CalJobs:DataDirectory</c> holding an imported statewide database) and call <see cref="MeasureAsync"/> per page.
/// </summary>
public sealed class CircuitMemoryProbe : IAsyncDisposable
{
    private readonly TestAppFactory app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public CircuitMemoryProbe(IReadOnlyDictionary<string, string?>? settings = null) =>
        app = new TestAppFactory(settings: new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["CalJobs:Jobs:RunServer"] = "false",
            ["CalJobs:Jobs:RunSchedules"] = "false",
        }, realClock: true);

    /// <summary>The running App's services.</summary>
    public IServiceProvider Services => app.Services;

    public async Task StartAsync()
    {
        app.StartOnLoopback();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// Signs <paramref name="username"/> in, opens <paramref name="path"/> <paramref name="circuits"/> + 1 times (each tab
    /// waits for <paramref name="dataShown"/>), and returns the managed heap before and after the <paramref name="circuits"/>.
    /// </summary>
    public async Task<CircuitMemory> MeasureAsync(string username, string path, int circuits, Func<IPage, ILocator> dataShown,
        string password = DemoSignIns.Password)
    {
        if (browser is null)
            throw new InvalidOperationException("Call StartAsync first.");
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress!.ToString() });
        var signIn = await context.NewPageAsync();
        await signIn.GotoAsync("Account/Login");
        await signIn.GetByLabel("Username").FillAsync(username);
        await signIn.GetByLabel("Password").FillAsync(password);
        await signIn.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await signIn.WaitForURLAsync(url => !url.Contains("/Account/Login"), new() { WaitUntil = WaitUntilState.Commit });
        await OpenAsync(signIn, path, dataShown); // the warm-up circuit stays open

        var (before, workingSetBefore) = (Heap(), WorkingSet());
        var pages = new List<IPage>();
        for (var i = 0; i < circuits; i++)
        {
            var page = await context.NewPageAsync();
            await OpenAsync(page, path, dataShown);
            pages.Add(page);
        }
        var (after, workingSetAfter) = (Heap(), WorkingSet());
        GC.KeepAlive(pages);
        return new CircuitMemory(path, circuits, before, after, workingSetBefore, workingSetAfter);
    }

    private static async Task OpenAsync(IPage page, string path, Func<IPage, ILocator> dataShown)
    {
        await page.GotoAsync(path.TrimStart('/'));
        await page.Locator(BrowserPage.ReadySelector).WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await dataShown(page).First.WaitForAsync(new() { Timeout = 60_000 });
    }

    private static long Heap()
    {
        // Let the last render batches be acknowledged and the circuits settle before the full collections.
        Thread.Sleep(1000);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>The whole process's resident memory (the 192 → 319 MB was this kind of figure): managed and native.</summary>
    private static long WorkingSet()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
            await browser.CloseAsync();
        playwright?.Dispose();
        await app.DisposeAsync();
    }
}

/// <summary>
/// The managed heap after a full GC with the warm-up circuit open (<see cref="Before"/>) and with <see cref="Circuits"/> more
/// (<see cref="After"/>); the process's working set at the same two moments (it includes the host's native memory: SQLite's
/// page cache, Kestrel's buffers, the JIT — and the test runner's).
/// </summary>
public sealed record CircuitMemory(string Path, int Circuits, long Before, long After, long WorkingSetBefore, long WorkingSetAfter)
{
    public double PerCircuitMegabytes => (After - Before) / (double)Circuits / (1024 * 1024);

    public double WorkingSetPerCircuitMegabytes => (WorkingSetAfter - WorkingSetBefore) / (double)Circuits / (1024 * 1024);

    public override string ToString() =>
        $"{Path}: {Circuits} circuits, managed heap {Before / 1048576.0:0.0} → {After / 1048576.0:0.0} MB ({PerCircuitMegabytes:0.00} MB per circuit), " +
        $"working set {WorkingSetBefore / 1048576.0:0} → {WorkingSetAfter / 1048576.0:0} MB ({WorkingSetPerCircuitMegabytes:0.00} MB per circuit)";
}
