using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// Moving through a page with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows, Escape) and checking, at every
/// stop, that focus is on the expected control and that a person can see it: the control matches <c>:focus-visible</c>
/// and its outline or box-shadow differs from how it looked unfocused. Locators only find the expected control and read
/// it; nothing here clicks or fills.
/// </summary>
public static class KeyboardOnly
{
    private const string StyleOf = @"el => {
        const cs = getComputedStyle(el);
        return { outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`, outlineStyle: cs.outlineStyle,
                 outlineWidth: parseFloat(cs.outlineWidth) || 0, shadow: cs.boxShadow,
                 focused: el === document.activeElement, focusVisible: el.matches(':focus-visible') };
    }";

    private const string DescribeActive = @"() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'the page itself (nothing focused)';
        const name = el.getAttribute('aria-label') || el.id || (el.textContent || '').trim().slice(0, 60);
        return `<${el.tagName.toLowerCase()}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> ${name}`;
    }";

    /// <summary>Presses Tab (or Shift+Tab) until <paramref name="target"/> has focus, then checks focus is visible on it.</summary>
    public static async Task TabToAsync(IPage page, ILocator target, string description, bool backwards = false, int maxPresses = 150)
    {
        await Expect(target).ToHaveCountAsync(1);
        var unfocused = await target.EvaluateAsync<FocusStyle>(StyleOf);
        for (var presses = 0; !unfocused.Focused && presses < maxPresses; presses++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement"))
            {
                await AssertFocusVisibleAsync(page, target, description, unfocused);
                return;
            }
        }
        if (unfocused.Focused)
        {
            await AssertFocusVisibleAsync(page, target, description, null);
            return;
        }
        Assert.Fail($"{description} was not reached with {maxPresses} presses of {(backwards ? "Shift+Tab" : "Tab")}; focus is on {await page.EvaluateAsync<string>(DescribeActive)}.");
    }

    /// <summary>Presses <paramref name="key"/> (Enter, Space, an arrow, Escape) on whatever has focus.</summary>
    public static Task PressAsync(IPage page, string key) => page.Keyboard.PressAsync(key);

    /// <summary>Types into the focused control, as a person would.</summary>
    public static Task TypeAsync(IPage page, string text) => page.Keyboard.TypeAsync(text);

    /// <summary>Checks that <paramref name="target"/> has focus and that the focus is visible (compared with <paramref name="unfocused"/> when known).</summary>
    public static async Task AssertFocusVisibleAsync(IPage page, ILocator target, string description, FocusStyle? unfocused = null)
    {
        var focused = await target.EvaluateAsync<FocusStyle>(StyleOf);
        Assert.True(focused.Focused, $"{description} should have focus; focus is on {await page.EvaluateAsync<string>(DescribeActive)}.");
        Assert.True(focused.FocusVisible, $"{description} has focus but does not match :focus-visible.");
        var drawn = (focused.OutlineStyle != "none" && focused.OutlineWidth >= 2) || focused.Shadow != "none";
        Assert.True(drawn, $"{description} has focus but no outline or box-shadow shows it (outline {focused.Outline}, box-shadow {focused.Shadow}).");
        if (unfocused is not null)
            Assert.True(focused.Outline != unfocused.Outline || focused.Shadow != unfocused.Shadow,
                $"{description} looks the same focused as unfocused (outline {focused.Outline}, box-shadow {focused.Shadow}).");
    }

    /// <summary>Checks that the element with focus is inside <paramref name="container"/> (a dialog, say) and visibly focused.</summary>
    public static async Task AssertFocusWithinAsync(IPage page, ILocator container, string description)
    {
        const string FocusInside = "el => el.contains(document.activeElement) && document.activeElement !== document.body";
        // A dialog takes focus from script after it renders, a moment after it shows on a loaded machine: wait for it a
        // little, then assert as before.
        try
        {
            await page.WaitForFunctionAsync(FocusInside, await container.ElementHandleAsync(), new PageWaitForFunctionOptions { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
        }
        var inside = await container.EvaluateAsync<bool>(FocusInside);
        Assert.True(inside, $"Focus should be within {description}; it is on {await page.EvaluateAsync<string>(DescribeActive)}.");
    }

    /// <summary>How an element draws focus, read in the page (a class with setters: Playwright fills it from JSON).</summary>
    public sealed class FocusStyle
    {
        public string Outline { get; set; } = "";
        public string OutlineStyle { get; set; } = "";
        public double OutlineWidth { get; set; }
        public string Shadow { get; set; } = "";
        public bool Focused { get; set; }
        public bool FocusVisible { get; set; }
    }
}
