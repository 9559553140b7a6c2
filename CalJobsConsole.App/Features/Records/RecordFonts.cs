using PdfSharp.Fonts;

namespace CalJobsConsole.App.Features.Records;

/// <summary>
/// DejaVu Sans, regular and bold, read from a folder (Debian's <c>fonts-dejavu-core</c> by default; nothing is downloaded) and
/// given to PDFsharp, which on Linux finds no font by itself. PDFsharp's font resolver is process-wide and may be set only once:
/// the first <see cref="Install"/> sets it, and every later one (another test host, say) gets the same fonts back.
/// </summary>
public sealed class RecordFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public const string RegularFile = "DejaVuSans.ttf";
    public const string BoldFile = "DejaVuSans-Bold.ttf";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();
    private static RecordFonts? _installed;

    private readonly byte[] _regular;
    private readonly byte[] _bold;

    private RecordFonts(string folder, byte[] regular, byte[] bold) => (Folder, _regular, _bold) = (folder, regular, bold);

    /// <summary>The folder the fonts were read from.</summary>
    public string Folder { get; }

    /// <summary>The fonts in use, reading them from <paramref name="folder"/> the first time; a clear error when a file is missing.</summary>
    public static RecordFonts Install(string folder)
    {
        lock (Gate)
        {
            if (_installed is not null)
                return _installed;
            if (MissingFiles(folder) is { Count: > 0 } missing)
                throw new InvalidOperationException(MissingMessage(folder, missing));
            var fonts = new RecordFonts(folder, File.ReadAllBytes(Path.Combine(folder, RegularFile)), File.ReadAllBytes(Path.Combine(folder, BoldFile)));
            GlobalFontSettings.FontResolver = fonts;
            return _installed = fonts;
        }
    }

    /// <summary>The font files <paramref name="folder"/> lacks (none: the records can be drawn).</summary>
    public static IReadOnlyList<string> MissingFiles(string? folder) =>
        string.IsNullOrWhiteSpace(folder) ? [RegularFile, BoldFile]
        : new[] { RegularFile, BoldFile }.Where(f => !File.Exists(Path.Combine(folder, f))).ToList();

    public static string MissingMessage(string? folder, IReadOnlyList<string> missing) =>
        $"{RecordOptions.Section}:FontFolder ('{folder}') must hold {string.Join(" and ", missing)} for the PDF records: install Debian's " +
        $"fonts-dejavu-core (apt-get install fonts-dejavu-core, which puts them in {RecordOptions.DebianFontFolder}) or point the setting " +
        "at a folder with DejaVu Sans.";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        // Every family the records ask for is DejaVu Sans; italic is never used.
        new(bold ? BoldFace : RegularFace);

    public byte[]? GetFont(string faceName) => faceName == BoldFace ? _bold : _regular;
}
