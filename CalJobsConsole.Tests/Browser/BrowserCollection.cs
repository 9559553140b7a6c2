namespace CalJobsConsole.Tests.Browser;

/// <summary>
/// The feature journeys: one Chromium and one app host (with its own database) for the whole collection, one test at a
/// time. It runs alongside <see cref="RoleJourneyCollection"/> and the other tests rather than after them, so the suite's
/// time is the longest of them, not their sum (issue 10: under 10 minutes in <c>.ci/run</c> on two cores).
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// Each role's journey, the keyboard-only journey, the issue-report journey and the dashboard screenshots: a second Chromium and app host with a
/// database of their own, so no journey here depends on what a feature journey changed, or the other way round.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RoleJourneyCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser journeys by role";
}
