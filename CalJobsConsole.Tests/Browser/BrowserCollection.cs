namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// Every browser test runs here: one Chromium and one app host for the whole collection, one test at a time
/// (two cores do not run several browsers and hosts well at once).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
