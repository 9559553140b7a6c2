using System.Globalization;
using System.Xml.Linq;
using CalJobsConsole.App.Features.Compliance;

namespace CalJobsConsole.Tests.Components.Compliance;

/// <summary>The compliance panels' chart: one bar and one label per area, heights in proportion, names encoded.</summary>
public class BarChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Render_ThreeAreas_DrawsABarATitleAndALabelForEachInOrder()
    {
        var svg = Parse(BarChartSvg.Render([("Golden Sierra", 4), ("Sacramento", 0), ("WSB Northern Division", 2)]));

        var bars = svg.Descendants("rect").ToList();
        Assert.Equal(["Golden Sierra: 4", "Sacramento: 0", "WSB Northern Division: 2"], bars.Select(b => b.Element("title")!.Value));
        Assert.Equal(["Golden Sierra", "Sacramento", "WSB Northern Division"],
            svg.Descendants("g").Single(g => (string?)g.Attribute("class") == "bar-chart-bars").Elements("text").Select(t => t.Value));
        Assert.Equal("true", (string?)svg.Attribute("aria-hidden"));
    }

    [Fact]
    public void Render_BarHeights_AreInProportionToTheValuesAndStandOnOneBaseline()
    {
        var bars = Parse(BarChartSvg.Render([("A", 4), ("B", 2), ("C", 0)])).Descendants("rect").ToList();

        var heights = bars.Select(b => Number(b, "height")).ToList();
        Assert.Equal(2 * heights[1], heights[0], 1);
        Assert.Equal(0, heights[2]);
        Assert.Single(bars.Select(b => Math.Round(Number(b, "y") + Number(b, "height"), 1)).Distinct());
    }

    [Fact]
    public void Render_AnAreaNameWithMarkup_IsEncodedNotInterpreted()
    {
        var svg = Parse(BarChartSvg.Render([("<script>alert(1)</script> & Co", 1)]));

        Assert.Empty(svg.Descendants("script"));
        Assert.Equal("<script>alert(1)</script> & Co: 1", svg.Descendants("title").Single().Value);
    }

    [Fact]
    public void Render_ALongAreaName_IsCutInTheLabelAndWholeInTheTitle()
    {
        const string name = "San Bernardino County Workforce Development Board";
        var svg = Parse(BarChartSvg.Render([(name, 3)]));

        var label = svg.Descendants("text").Last().Value;
        Assert.Equal(BarChartSvg.LabelLength, label.Length);
        Assert.EndsWith("…", label);
        Assert.Equal($"{name}: 3", svg.Descendants("title").Single().Value);
    }

    [Fact]
    public void Render_NegativeValues_DrawNoBarBelowTheBaseline()
    {
        var bar = Parse(BarChartSvg.Render([("No open accounts", -1)])).Descendants("rect").Single();

        Assert.Equal(0, Number(bar, "height"));
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(3, 4)]
    [InlineData(6, 10)]
    [InlineData(100, 100)]
    [InlineData(101, 200)]
    [InlineData(7428, 10000)]
    [InlineData(2100, 2500)]
    public void NiceCeiling_RoundsTheLargestValueUpToARoundNumber(double largest, double ceiling) =>
        Assert.Equal(ceiling, BarChartSvg.NiceCeiling(largest));

    private static XElement Parse(string markup)
    {
        // The markup is HTML's inline SVG; with the SVG namespace added, it is XML, and its names are read without it.
        var root = XElement.Parse(markup.Replace("<svg ", $"<svg xmlns=\"{Svg}\" ", StringComparison.Ordinal));
        foreach (var element in root.DescendantsAndSelf())
            element.Name = element.Name.LocalName;
        return root;
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
