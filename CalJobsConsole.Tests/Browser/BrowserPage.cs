using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// A page of the running App. Every navigation made through it waits until the circuit is interactive
/// (the layout's <c>data-ready="1"</c>) and then runs axe-core with the WCAG 2.0/2.1 A and AA rules; any
/// violation fails the test, as does Blazor's error bar displayed at any moment (<see cref="AssertNoErrorBarAsync"/>). A navigation made any other way (a click on a link, say) is caught at the end of
/// the test: use <see cref="NavigateAsync"/> for those.
/// </summary>
public sealed class BrowserPage
{
    /// <summary>The WCAG 2.0 and 2.1 levels A and AA, all of their rules, nothing excluded.</summary>
    public static readonly IReadOnlyList<string> AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public const string ReadySelector = "[data-ready='1']";
    private const float ReadyTimeout = 30_000;

    private readonly ITestOutputHelper? output;
    private readonly List<string> uncheckedUrls = [];
    private string? lastCheckedUrl;

    /// <summary>
    /// Records, in every document the page loads, whether Blazor's error bar (<c>#blazor-error-ui</c>, "An unhandled error has
    /// occurred") was ever displayed, from the moment the parser adds it (before the stylesheets have loaded) to now: a bar
    /// shown and dismissed, or shown only while the page loaded, is caught as well as one still showing.
    /// </summary>
    private const string ErrorBarWatchScript = """
        (() => {
          const check = () => {
            const ui = document.getElementById('blazor-error-ui');
            if (ui && !window.__blazorErrorBarShown && getComputedStyle(ui).display !== 'none')
              window.__blazorErrorBarShown = document.readyState + ': ' + ui.innerText.trim();
          };
          new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class'] });
          document.addEventListener('readystatechange', check);
          // Issue 21: every Content-Security-Policy violation the page reports, kept for AssertNoErrorBarAsync.
          document.addEventListener('securitypolicyviolation', e =>
            (window.__cspViolations ||= []).push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || document.URL}:${e.lineNumber}`));
        })();
        """;

    /// <summary>Wraps <paramref name="page"/>; call <see cref="WatchErrorBarAsync"/> before its first navigation.</summary>
    public BrowserPage(IPage page, ITestOutputHelper? output)
    {
        Page = page;
        this.output = output;
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame && frame.Url != lastCheckedUrl)
                lock (uncheckedUrls)
                    uncheckedUrls.Add(frame.Url);
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                Write($"Browser console error: {message.Text}");
        };
        page.PageError += (_, error) => Write($"Browser page error: {error}");
    }

    /// <summary>The Playwright page, for locators and assertions.</summary>
    public IPage Page { get; }

    /// <summary>Loads <paramref name="path"/> (relative to the App's base address), then waits and checks.</summary>
    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path.TrimStart('/'));
        if (response is not null && !response.Ok)
            Assert.Fail($"GET {response.Url} answered {response.Status} {response.StatusText}.");
        await WaitForInteractiveAndCheckAsync();
    }

    /// <summary>
    /// Performs an action that navigates (a click on a link, a form that redirects), waits until the URL changes
    /// and, when given, until <paramref name="arrived"/> is visible on the new page; then waits and checks.
    /// </summary>
    public async Task NavigateAsync(Func<Task> action, ILocator? arrived = null)
    {
        var before = Page.Url;
        await action();
        await WaitForUrlToLeaveAsync(before);
        if (arrived is not null)
            await Assertions.Expect(arrived).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ReadyTimeout });
        await WaitForInteractiveAndCheckAsync();
    }

    /// <summary>
    /// Waits until the page's URL is no longer <paramref name="before"/>, by asking the browser until it is (an assertion that
    /// retries), not by waiting for a navigation event. A circuit navigates within the document, often before the click that
    /// caused it returns; <c>WaitForURLAsync</c> then raced its own event listener under load and waited 30 s for a navigation
    /// that had already happened (a journey failed so, at <c>/requests?submitted=1</c>, in CI on 2 December 2026; an earlier
    /// failure of the same shape left no message to confirm it). The layout's data-ready mark, waited for after this, is what
    /// says the new page is usable.
    /// </summary>
    public Task WaitForUrlToLeaveAsync(string before) =>
        Assertions.Expect(Page).Not.ToHaveURLAsync(before, new PageAssertionsToHaveURLOptions { Timeout = ReadyTimeout });

    /// <summary>Makes every document this page loads record whether Blazor's error bar was ever displayed (see <see cref="AssertNoErrorBarAsync"/>).</summary>
    public Task WatchErrorBarAsync() => Page.AddInitScriptAsync(ErrorBarWatchScript);

    /// <summary>
    /// Fails when Blazor's error bar (<c>#blazor-error-ui</c>) is displayed now or was at any moment since this document
    /// loaded: an unhandled error in the circuit, or a bar the page forgot to hide before its stylesheets loaded.
    /// </summary>
    public async Task AssertNoErrorBarAsync()
    {
        var shown = await Page.EvaluateAsync<string?>("""
            () => {
              const ui = document.getElementById('blazor-error-ui');
              const now = ui && getComputedStyle(ui).display !== 'none' ? 'now: ' + ui.innerText.trim() : null;
              return window.__blazorErrorBarShown ?? now;
            }
            """);
        if (shown is not null)
            Assert.Fail($"Blazor's error bar #blazor-error-ui was displayed at {Page.Url} ({shown}); the browser console above says why.");
        var violations = await Page.EvaluateAsync<string[]?>("() => window.__cspViolations ?? []");
        if (violations is { Length: > 0 })
            Assert.Fail($"The page broke the Content-Security-Policy at {Page.Url}: {string.Join("; ", violations)}");
    }

    /// <summary>Checks the page as it is now (after a dialog opens, say): navigations are checked already. Blazor's error bar must not have been displayed.</summary>
    public async Task AssertAccessibleAsync()
    {
        await AssertNoErrorBarAsync();
        var violations = await FindViolationsAsync();
        if (violations.Count > 0)
            Assert.Fail(AxeReport.Describe(Page.Url, violations));
        Write($"axe-core ({string.Join(", ", AxeTags)}): no violations at {Page.Url}.");
    }

    /// <summary>
    /// Runs axe-core on the page as it is now with <see cref="AxeTags"/> and returns what it found, without failing: for a
    /// test that gathers every page's violations before it reports (the accessibility sweep). The page counts as checked.
    /// </summary>
    public async Task<IReadOnlyList<AxeResultItem>> FindViolationsAsync()
    {
        await WaitForTransitionsAsync();
        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. AxeTags] },
        });
        lastCheckedUrl = Page.Url;
        lock (uncheckedUrls)
            uncheckedUrls.RemoveAll(url => url == lastCheckedUrl);
        return result.Violations ?? [];
    }

    /// <summary>Waits until the circuit is interactive and the page has finished rendering, without checking it.</summary>
    public async Task WaitForInteractiveAsync()
    {
        await Page.Locator(ReadySelector).WaitForAsync(new LocatorWaitForOptions
        {
            State = WaitForSelectorState.Attached,
            Timeout = ReadyTimeout,
        });
        await WaitForQuietDomAsync();
    }

    /// <summary>Fails when the page went somewhere that was never checked.</summary>
    internal async Task AssertEveryNavigationCheckedAsync()
    {
        string[] missed;
        lock (uncheckedUrls)
            missed = uncheckedUrls.Distinct().ToArray();
        if (missed.Length == 0)
            return;
        // Check where the page ended up first: a violation there is the more useful failure.
        await WaitForInteractiveAndCheckAsync();
        lock (uncheckedUrls)
            missed = uncheckedUrls.Distinct().ToArray();
        if (missed.Length > 0)
            Assert.Fail("The page navigated without an accessibility check (use BrowserPage.NavigateAsync): "
                + string.Join(", ", missed));
    }

    private async Task WaitForInteractiveAndCheckAsync()
    {
        await WaitForInteractiveAsync();
        await AssertAccessibleAsync();
    }

    /// <summary>
    /// Waits until the DOM has not changed for a moment (at most a few seconds), so that axe sees the page the
    /// circuit finished rendering rather than a half-drawn one.
    /// </summary>
    private Task WaitForQuietDomAsync() =>
        Page.EvaluateAsync(@"() => new Promise(resolve => {
            let timer;
            const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, 200); });
            const done = () => { observer.disconnect(); clearTimeout(limit); resolve(); };
            const limit = setTimeout(done, 5000);
            observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
            timer = setTimeout(done, 200);
        })");

    /// <summary>
    /// Waits (at most two seconds) for the page's finite CSS transitions and animations to end — a button turning from
    /// disabled to enabled fades its colour — so axe measures contrast on the colours a user sees, not a frame between.
    /// </summary>
    private Task WaitForTransitionsAsync() =>
        Page.EvaluateAsync(@"() => Promise.race([
            Promise.all(document.getAnimations()
                .filter(a => a.effect && a.effect.getTiming().iterations !== Infinity)
                .map(a => a.finished.catch(() => null))),
            new Promise(resolve => setTimeout(resolve, 2000))])");

    private void Write(string line)
    {
        try
        {
            output?.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // the test has finished: nowhere to write
        }
    }
}
