using System.Globalization;
using System.Text.RegularExpressions;

namespace CalJobsConsole.App.Data.Backups;

/// <summary>
/// The folder of the backup job's copies and their names: <c>caljobs-&lt;yyyyMMddTHHmmssZ&gt;.db</c>, the instant of the copy in
/// UTC, so that names sort as the copies' ages do whatever the business time zone or its daylight saving. Only files named
/// exactly so are the job's; anything else in the folder is never listed, and so never deleted.
/// </summary>
public sealed partial class BackupFolder(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>An instant as the copies' names and the restore's kept file carry it: <c>20260316T103000Z</c>.</summary>
    public static string Stamp(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The full path of the copy taken at <paramref name="takenAt"/>.</summary>
    public string CopyPath(DateTimeOffset takenAt) => System.IO.Path.Combine(Path, $"caljobs-{Stamp(takenAt)}.db");

    /// <summary>Where a copy is written before it is checked and given its name: a half-written copy never looks like one.</summary>
    public static string PartialPath(string copyPath) => copyPath + ".partial";

    public void Create() => Directory.CreateDirectory(Path);

    /// <summary>The job's copies, newest first.</summary>
    public IReadOnlyList<string> Copies() => Named(CopyName());

    /// <summary>Partial copies an interrupted run left behind (the process stopped during the copy).</summary>
    public IReadOnlyList<string> LeftoverPartials() => Named(PartialName());

    private List<string> Named(Regex pattern) => !Directory.Exists(Path)
        ? []
        : Directory.EnumerateFiles(Path)
            .Where(f => pattern.IsMatch(System.IO.Path.GetFileName(f)))
            .OrderByDescending(f => System.IO.Path.GetFileName(f), StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"^caljobs-[0-9]{8}T[0-9]{6}Z\.db$")]
    private static partial Regex CopyName();

    [GeneratedRegex(@"^caljobs-[0-9]{8}T[0-9]{6}Z\.db\.partial$")]
    private static partial Regex PartialName();
}
