using System.Globalization;
using System.Net;
using System.Text;

namespace CalJobsConsole.App.Features.Compliance;

/// <summary>
/// A vertical bar chart drawn as one SVG string: a bar, a hover title and an upright label per value, and five grid lines
/// (styled in app.css, <c>.bar-chart</c>).
/// Issue 17: MudChart kept, in every open circuit, a component, several event handlers and colour objects per bar — about
/// 0.5 MB per Operations Unit home page at 65 areas. One markup string is one render-tree frame; it is built again only when
/// the figures change. The SVG is decorative (<c>aria-hidden</c>): the caller names it in text and the table holds the figures.
/// Labels are HTML-encoded: area names come from the import.
/// </summary>
public static class BarChartSvg
{
    private const double Width = 1000, Height = 352, Left = 48, Right = 8, Top = 12, Bottom = 150;

    /// <summary>A label longer than this is cut with an ellipsis (the bar's title keeps the whole name).</summary>
    public const int LabelLength = 22;

    public static string Render(IReadOnlyList<(string Label, double Value)> bars)
    {
        var svg = new StringBuilder(256 + 220 * bars.Count);
        svg.Append(CultureInfo.InvariantCulture, $"""<svg class="bar-chart" viewBox="0 0 {Width} {Height}" width="100%" height="{Height}" aria-hidden="true" focusable="false"><g class="bar-chart-grid">""");
        var top = NiceCeiling(bars.Count == 0 ? 0 : bars.Max(b => Math.Max(0, b.Value)));
        var plotHeight = Height - Top - Bottom;
        var slot = (Width - Left - Right) / Math.Max(1, bars.Count);
        var labelSize = Math.Clamp(slot * 0.7, 7, 12);
        for (var line = 0; line <= 4; line++)
        {
            var value = top * line / 4;
            var y = Top + plotHeight - plotHeight * line / 4;
            svg.Append(CultureInfo.InvariantCulture,
                $"""<line x1="{Left}" x2="{Width - Right}" y1="{y:0.#}" y2="{y:0.#}"/><text x="{Left - 6}" y="{y + 4:0.#}">{value:0.##}</text>""");
        }
        svg.Append(CultureInfo.InvariantCulture, $"""</g><g class="bar-chart-bars" font-size="{labelSize:0.#}">""");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, raw) = bars[i];
            var value = Math.Max(0, raw);
            var barHeight = plotHeight * value / top;
            var x = Left + slot * i + slot * 0.15;
            var centre = Left + slot * i + slot / 2;
            var name = WebUtility.HtmlEncode(label);
            var shortName = WebUtility.HtmlEncode(label.Length > LabelLength ? label[..(LabelLength - 1)].TrimEnd() + "…" : label);
            svg.Append(CultureInfo.InvariantCulture,
                $"""<rect x="{x:0.#}" y="{Top + plotHeight - barHeight:0.#}" width="{slot * 0.7:0.#}" height="{barHeight:0.#}"><title>{name}: {value:0.##}</title></rect>""");
            svg.Append(CultureInfo.InvariantCulture,
                $"""<text transform="translate({centre + labelSize / 3:0.#} {Top + plotHeight + 6:0.#}) rotate(-90)">{shortName}</text>""");
        }
        return svg.Append("</g></svg>").ToString();
    }

    /// <summary>The grid's top: the largest value rounded up to 1, 2, 2.5, 4 or 5 times a power of ten, and 4 at least (so small counts get whole grid lines).</summary>
    public static double NiceCeiling(double largest)
    {
        if (largest <= 4)
            return 4;
        var power = Math.Pow(10, Math.Floor(Math.Log10(largest)));
        foreach (var step in new[] { 1, 2, 2.5, 4, 5, 10 })
        {
            if (step * power >= largest)
                return step * power;
        }
        return 10 * power;
    }
}
