namespace CalJobsConsole.App.Features.Import;

/// <summary>The <c>CalJobs:Import</c> settings.</summary>
public sealed class ImportOptions
{
    public const string Section = "CalJobs:Import";

    /// <summary>The largest file the Import page accepts (the 1,000,000-account file is about 300 MB).</summary>
    public int MaxFileMegabytes { get; set; } = 200;

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;
}
