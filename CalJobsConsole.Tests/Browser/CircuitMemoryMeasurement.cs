using CalJobsConsole.App.Data.Seed;
using Microsoft.Playwright;

namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// Runs <see cref="CircuitMemoryProbe"/> on the demo data and prints the figures (docs/performance.md). A measurement, not a
/// check: explicit, so the suite never runs it (<c>dotnet test --filter "FullyQualifiedName~CircuitMemoryMeasurement" -- xUnit.Explicit=only</c>).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CircuitMemoryMeasurement
{
    [Fact(Explicit = true)]
    public async Task Dashboards_With20CircuitsOpen_PrintsTheManagedHeapPerCircuit()
    {
        await using var probe = new CircuitMemoryProbe();
        await probe.StartAsync();
        var output = TestContext.Current.TestOutputHelper!;

        var layout = await probe.MeasureAsync(DemoSignIns.OperationsUnit, "/not-found", 20, p => p.GetByRole(AriaRole.Heading, new() { Name = "Page not found" }));
        output.WriteLine("The layout alone (Operations Unit, a page without data) — " + layout);
        var ops = await probe.MeasureAsync(DemoSignIns.OperationsUnit, "/", 20, p => p.GetByRole(AriaRole.Heading, new() { Name = "By area" }));
        output.WriteLine("Operations Unit home page — " + ops);
        var desk = await probe.MeasureAsync(DemoSignIns.MisAdministrator, "/", 20, p => p.GetByTestId("figure-open-requests"));
        output.WriteLine("Administrator's desk — " + desk);

        Assert.Equal(20, ops.Circuits);
    }
}
