using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace CalJobsConsole.App.Configuration;

/// <summary>
/// Loads the repository-root <c>appsettings.json</c> (copied next to the App's binaries at build and
/// publish) wherever the App is started from — <c>dotnet run</c>, a test host or a published folder —
/// at the place of the default content-root file, so environment variables and the command line
/// still override it as usual.
/// </summary>
public static class ConsoleSettingsFile
{
    public const string FileName = "appsettings.json";

    public static ConfigurationManager AddConsoleSettingsFile(this ConfigurationManager configuration, string contentRoot)
    {
        var directory = LocateDirectory(contentRoot);
        var sources = configuration.Sources;
        var defaultIndex = IndexOfDefaultSettingsFile(sources);
        var source = new JsonConfigurationSource
        {
            Path = FileName,
            Optional = false,
            ReloadOnChange = true,
            FileProvider = new PhysicalFileProvider(directory),
        };
        // The default content-root file (if any) keeps its place after ours, so a developer's local
        // file still wins; everything added after it (environment variables, command line) wins too.
        sources.Insert(defaultIndex < 0 ? 0 : defaultIndex, source);
        return configuration;
    }

    /// <summary>The first folder that holds the settings file: next to the binaries, then the content root.</summary>
    public static string LocateDirectory(string contentRoot)
    {
        string[] candidates = [AppContext.BaseDirectory, contentRoot, Path.GetDirectoryName(Path.GetFullPath(contentRoot)) ?? contentRoot];
        foreach (var candidate in candidates)
        {
            if (File.Exists(Path.Combine(candidate, FileName)))
                return Path.GetFullPath(candidate);
        }
        throw new FileNotFoundException(
            $"The console's settings file '{FileName}' was found neither next to the App's binaries ({AppContext.BaseDirectory}) nor in {contentRoot}.");
    }

    private static int IndexOfDefaultSettingsFile(IList<IConfigurationSource> sources)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonConfigurationSource json && string.Equals(json.Path, FileName, StringComparison.OrdinalIgnoreCase))
                return i;
        }
        return -1;
    }
}
