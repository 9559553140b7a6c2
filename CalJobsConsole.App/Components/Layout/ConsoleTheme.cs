using MudBlazor;

namespace CalJobsConsole.App.Components.Layout;

/// <summary>Colours chosen for WCAG AA contrast on white and on the app bar.</summary>
public static class ConsoleTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b4f8a",
            AppbarBackground = "#0b4f8a",
            AppbarText = "#ffffff",
            Secondary = "#6b3fa0",
            Error = "#b00020",
            Warning = "#8a5300",
            Success = "#1e6b2e",
            Info = "#0b5c8a",
            TextSecondary = "rgba(0,0,0,0.70)",
            DrawerText = "rgba(0,0,0,0.87)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"] },
        },
    };
}
