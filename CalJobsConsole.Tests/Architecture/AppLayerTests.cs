using System.Reflection;
using CalJobsConsole.App.Features;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Tests.Architecture;

/// <summary>
/// The App layer says each thing once (issue 16): refusals are born in the domain, pages catch nothing and show one outcome
/// type, and there is one outcome type.
/// </summary>
public class AppLayerTests
{
    [Fact]
    public void RazorFiles_WhenScanned_CatchNoDomainException()
    {
        var offending = AppSources("*.razor").Where(f => File.ReadAllText(f).Contains("catch (BusinessRuleViolationException")).ToList();

        Assert.NotEmpty(AppSources("*.razor"));
        Assert.True(offending.Count == 0, string.Join("\n", offending.Select(Relative)));
    }

    [Fact]
    public void AppSources_WhenScanned_BuildNoBrokenRule()
    {
        var offending = AppSources("*.cs").Concat(AppSources("*.razor"))
            .Where(f => File.ReadAllText(f).Contains("new BrokenRule(")).ToList();

        Assert.True(offending.Count == 0, string.Join("\n", offending.Select(Relative)));
    }

    [Fact]
    public void AppTypes_WhenReflected_CarryBrokenRulesOnlyInActOutcome()
    {
        var outcomeTypes = typeof(ActOutcome).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Outcome", StringComparison.Ordinal) || t.Name.StartsWith("ActOutcome", StringComparison.Ordinal))
            .Where(t => t.GetProperty(nameof(ActOutcome.BrokenRules), BindingFlags.Public | BindingFlags.Instance)?.PropertyType == typeof(IReadOnlyList<BrokenRule>))
            .Where(t => t != typeof(ActOutcome) && !(t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ActOutcome<>)))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(outcomeTypes.Count == 0, string.Join("\n", outcomeTypes));
    }

    private static IEnumerable<string> AppSources(string pattern) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "CalJobsConsole.App"), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

    private static string Relative(string path) => Path.GetRelativePath(RepositoryRoot(), path);

    private static string RepositoryRoot() => DomainIndependenceTests.RepositoryRoot();
}
