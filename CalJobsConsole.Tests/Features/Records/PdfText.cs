using System.Text.RegularExpressions;
using CalJobsConsole.App.Features.Records;

namespace CalJobsConsole.Tests.Features.Records;

/// <summary>
/// A PDF read back with PdfPig: each page's text, and the same with every blank taken out — PdfPig joins the strings a page
/// draws without the line breaks between them, so a value wrapped over two lines is compared with its blanks squashed.
/// </summary>
public sealed partial class PdfText
{
    private PdfText(IReadOnlyList<string> pages) => Pages = pages;

    public IReadOnlyList<string> Pages { get; }

    public string All => string.Join("\n", Pages);

    /// <summary>The pages' text squashed, each page's footer taken out: a value going on over a page break reads whole.</summary>
    public string Squashed => string.Concat(Pages.Select(p => Footer().Replace(Squash(p), "")));

    public static PdfText Of(byte[] pdf)
    {
        // PDFsharp's PdfDocument is the App's; this one reads.
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return new PdfText(document.GetPages().Select(p => p.Text).ToList());
    }

    public static string Squash(string text) => Blanks().Replace(text, "");

    /// <summary>Asserts <paramref name="expected"/> is in the document, whatever the lines it was wrapped over.</summary>
    public void AssertContains(string expected) =>
        Assert.True(Squashed.Contains(Squash(expected), StringComparison.Ordinal), $"'{expected}' is not in the PDF's text:\n{All}");

    /// <summary>The fonts the tests draw with: Debian's DejaVu Sans, as the App's default setting.</summary>
    public static FormRecordPdf Renderer() => new(RecordFonts.Install(RecordOptions.DebianFontFolder));

    /// <summary>Each page's footer, squashed: (record id, content hash, page, of).</summary>
    public IReadOnlyList<(string RecordId, string Hash, int Page, int Of)> Footers() =>
        Pages.Select(p => Footer().Match(Squash(p))).Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, int.Parse(m.Groups[3].Value), int.Parse(m.Groups[4].Value))).ToList();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanks();

    [GeneratedRegex("Record([0-9a-f-]{36})·SHA-256([0-9a-f]{64})·page([0-9]+)of([0-9]+)")]
    private static partial Regex Footer();
}
