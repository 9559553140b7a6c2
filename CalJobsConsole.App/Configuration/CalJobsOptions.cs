namespace CalJobsConsole.App.Configuration;

/// <summary>The console's own settings: the <c>CalJobs</c> section of <c>appsettings.json</c>.</summary>
public sealed class CalJobsOptions
{
    public const string Section = "CalJobs";

    /// <summary>
    /// Where the console keeps its files (database, evidence, mail pickup). A relative path is taken
    /// from the content root; <c>CalJobs__DataDirectory=/some/folder</c> moves all of them.
    /// </summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The business time zone of the directive's calendar dates.</summary>
    public string BusinessTimeZone { get; set; } = "America/Los_Angeles";

    /// <summary>PRE-2: how many months an attestation (ISPA, DE 7410, E-1) stays current.</summary>
    public int AttestationValidityMonths { get; set; } = 12;

    /// <summary>MON-1: accounts drawn per stratum each quarter (59: 95% confidence that the deviation rate is below 5% when none is found).</summary>
    public int MonitoringSampleSizePerStratum { get; set; } = 59;

    public string ResolveDataDirectory(string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(DataDirectory) ? DataDirectory : Path.Combine(contentRoot, DataDirectory));
}
