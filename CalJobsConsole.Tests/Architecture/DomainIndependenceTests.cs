using System.Reflection;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Tests.Architecture;

/// <summary>The domain stands alone: no EF Core, ASP.NET, MudBlazor or Hangfire, in its project file or its compiled references.</summary>
public class DomainIndependenceTests
{
    private static readonly string[] Forbidden = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "MudBlazor", "Hangfire"];

    [Fact]
    public void DomainAssembly_WhenItsReferencesAreRead_NamesNoInfrastructureAssembly()
    {
        var references = typeof(Entity).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        var offending = references.Where(name => Forbidden.Any(f => name.StartsWith(f, StringComparison.OrdinalIgnoreCase))).ToList();

        Assert.NotEmpty(references);
        Assert.Empty(offending);
    }

    [Fact]
    public void DomainProjectFile_WhenRead_HasNoPackageOrFrameworkReferenceToInfrastructure()
    {
        var project = File.ReadAllText(Path.Combine(RepositoryRoot(), "CalJobsConsole.Domain", "CalJobsConsole.Domain.csproj"));

        var offending = Forbidden.Where(f => project.Contains(f, StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.Contains("<Project Sdk=\"Microsoft.NET.Sdk\">", project);
        Assert.Empty(offending);
    }

    [Fact]
    public void DomainAssembly_WhenScanned_ReadsNoSystemClock()
    {
        // TimeProvider instead of the clock: the only clock reads go through BusinessClock.
        var source = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "CalJobsConsole.Domain"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => File.ReadAllText(f).Contains("DateTime.Now") || File.ReadAllText(f).Contains("DateTime.UtcNow")
                || File.ReadAllText(f).Contains("DateTimeOffset.UtcNow") || File.ReadAllText(f).Contains("DateTime.Today"))
            .ToList();

        Assert.Empty(source);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CalJobsConsole.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("CalJobsConsole.sln not found above " + AppContext.BaseDirectory);
    }
}
