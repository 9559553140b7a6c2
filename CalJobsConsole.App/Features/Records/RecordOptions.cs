namespace CalJobsConsole.App.Features.Records;

/// <summary>The <c>CalJobs:Records</c> settings: where the PDF records' fonts are read from (never downloaded).</summary>
public sealed class RecordOptions
{
    public const string Section = "CalJobs:Records";

    /// <summary>Debian's <c>fonts-dejavu-core</c> puts DejaVu Sans here.</summary>
    public const string DebianFontFolder = "/usr/share/fonts/truetype/dejavu";

    /// <summary>The folder holding <c>DejaVuSans.ttf</c> and <c>DejaVuSans-Bold.ttf</c>.</summary>
    public string FontFolder { get; set; } = DebianFontFolder;
}
