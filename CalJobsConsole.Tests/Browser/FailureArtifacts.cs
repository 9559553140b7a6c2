using System.Text.RegularExpressions;
using CalJobsConsole.Tests.Architecture;
using Microsoft.Playwright;

namespace CalJobsConsole.Tests.Browser;

/// <summary>A failed browser test's screenshot and page HTML, under .ci/out/browser/ at the repository root.</summary>
public static partial class FailureArtifacts
{
    public static string Folder => Path.Combine(DomainIndependenceTests.RepositoryRoot(), ".ci", "out", "browser");

    /// <summary>Saves both files and returns lines naming them (or saying why they could not be saved).</summary>
    public static async Task<string> SaveAsync(IPage page)
    {
        // "CalJobsConsole.Tests.Browser.Roles.SpocJourneyTests.Spoc_..." → "Roles.SpocJourneyTests.Spoc_...": the class stays readable when cut.
        var display = TestContext.Current.Test?.TestDisplayName ?? "browser-test";
        const string Namespace = "CalJobsConsole.Tests.Browser.";
        if (display.StartsWith(Namespace, StringComparison.Ordinal))
            display = display[Namespace.Length..];
        var name = Unsafe().Replace(display, "_");
        if (name.Length > 120)
            name = name[..120];
        var stem = Path.Combine(Folder, $"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}");
        var lines = new List<string>();
        try
        {
            Directory.CreateDirectory(Folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = stem + ".png", FullPage = true, Timeout = 10_000 });
            lines.Add($"Screenshot: {stem}.png");
        }
        catch (Exception e)
        {
            lines.Add($"Screenshot not saved: {e.Message}");
        }
        try
        {
            await File.WriteAllTextAsync(stem + ".html", await page.ContentAsync());
            lines.Add($"Page HTML: {stem}.html");
        }
        catch (Exception e)
        {
            lines.Add($"Page HTML not saved: {e.Message}");
        }
        return $"Browser test failed at {page.Url}{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex Unsafe();
}
