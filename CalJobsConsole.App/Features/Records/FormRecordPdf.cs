using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CalJobsConsole.App.Features.Records;

/// <summary>A rendered record: the PDF, the hash of the record's content (as in its footer) and the hash of the PDF's own bytes.</summary>
public sealed record FormRecordFile(byte[] Content, string ContentSha256, string PdfSha256, int PageCount);

/// <summary>
/// Draws a <see cref="FormRecord"/> as a letter-size PDF with PDFsharp: the title and reference, each section's label/value
/// lines, the signatures and the decision; long text wraps across lines and pages, never cut. Every page's footer reads
/// "Record {id} · SHA-256 {content hash} · page n of m", so a printed page still names the record and its content.
/// </summary>
public sealed class FormRecordPdf(RecordFonts fonts)
{
    private const double Margin = 54;
    private const double LabelWidth = 150;
    private const double ColumnGap = 10;

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private readonly XFont _title = new(RecordFonts.Family, 15, XFontStyleEx.Bold, Unicode);
    private readonly XFont _heading = new(RecordFonts.Family, 11.5, XFontStyleEx.Bold, Unicode);
    private readonly XFont _label = new(RecordFonts.Family, 9, XFontStyleEx.Bold, Unicode);
    private readonly XFont _text = new(RecordFonts.Family, 9.5, XFontStyleEx.Regular, Unicode);

    /// <summary>The fonts the records are drawn with (installed once for the process).</summary>
    public RecordFonts Fonts => fonts;

    public FormRecordFile Render(FormRecord record)
    {
        var contentHash = record.ContentSha256();
        using var document = new PdfDocument();
        document.Info.Title = record.Title;
        document.Info.Subject = $"{record.DirectiveReference}; record {record.RecordId:D}";
        document.Info.Author = "CalJOBS Console";
        document.Info.Creator = "CalJOBS Console";
        var writer = new PageWriter(document);
        try
        {
            DrawHeader(writer, record);
            foreach (var section in record.Sections)
            {
                DrawHeading(writer, section.Heading);
                foreach (var line in section.Lines)
                    DrawRow(writer, line.Label, line.Value);
            }
            DrawSignatures(writer, record.Signatures);
            DrawDecision(writer, record.Decision);
        }
        finally
        {
            writer.Close();
        }
        DrawFooters(document, $"Record {record.RecordId:D} · SHA-256 {contentHash}");
        var pages = document.PageCount;
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        var bytes = stream.ToArray();
        return new FormRecordFile(bytes, contentHash, FormRecord.Sha256Hex(bytes), pages);
    }

    private void DrawHeader(PageWriter writer, FormRecord record)
    {
        DrawParagraph(writer, record.Title, _title);
        DrawParagraph(writer, record.DirectiveReference, _text);
        DrawParagraph(writer, $"{record.Kind} · record {record.RecordId:D}", _text);
        DrawParagraph(writer, $"Generated {record.Generated}", _text, XBrushes.DimGray);
        writer.Y += 4;
        writer.Graphics.DrawLine(XPens.DarkGray, Margin, writer.Y, writer.Right, writer.Y);
        writer.Y += 6;
    }

    private void DrawSignatures(PageWriter writer, IReadOnlyList<FormRecordSignature> signatures)
    {
        DrawHeading(writer, "Signatures");
        if (signatures.Count == 0)
            DrawParagraph(writer, "No signature is recorded on this form.", _text);
        foreach (var signature in signatures)
        {
            DrawRow(writer, signature.Act, $"{signature.Name}, {signature.Role}");
            DrawRow(writer, "When", signature.SignedAt);
            DrawRow(writer, "Statement", signature.Statement is null
                ? "No attestation statement was recorded with this signature."
                : $"{signature.Statement} (statement version {signature.StatementVersion ?? "not recorded"})");
            writer.Y += 4;
        }
    }

    private void DrawDecision(PageWriter writer, FormRecordDecision? decision)
    {
        DrawHeading(writer, "Decision");
        if (decision is null)
        {
            DrawParagraph(writer, FormRecord.NotDecidedYet, _text);
            return;
        }
        DrawRow(writer, "Outcome", decision.Outcome);
        if (decision.By is not null)
            DrawRow(writer, "By", decision.By);
        if (decision.At is not null)
            DrawRow(writer, "When", decision.At);
        if (decision.Note is not null)
            DrawRow(writer, "Note", decision.Note);
    }

    private void DrawHeading(PageWriter writer, string heading)
    {
        writer.Y += 8;
        // A heading never ends a page alone: room for it and the first line under it, or a new page.
        writer.EnsureSpace(LineHeight(_heading) + LineHeight(_text));
        DrawParagraph(writer, heading, _heading);
        writer.Y += 2;
    }

    private void DrawParagraph(PageWriter writer, string text, XFont font, XBrush? brush = null)
    {
        foreach (var line in Wrap(writer.Graphics, text, font, writer.Right - Margin))
        {
            writer.EnsureSpace(LineHeight(font));
            writer.Graphics.DrawString(line, font, brush ?? XBrushes.Black, new XPoint(Margin, writer.Y), XStringFormats.TopLeft);
            writer.Y += LineHeight(font);
        }
    }

    /// <summary>
    /// A label and its value side by side, the value wrapped in its column; a row longer than the page goes on over the next. A
    /// label too long for its column takes the whole width above its value, so neither is read interleaved with the other.
    /// </summary>
    private void DrawRow(PageWriter writer, string label, string value)
    {
        var valueLeft = Margin + LabelWidth + ColumnGap;
        var labels = Wrap(writer.Graphics, label, _label, LabelWidth);
        if (labels.Count > 1)
        {
            DrawParagraph(writer, label, _label);
            labels = [];
        }
        var values = Wrap(writer.Graphics, string.IsNullOrWhiteSpace(value) ? "—" : value, _text, writer.Right - valueLeft);
        var height = LineHeight(_text);
        for (var i = 0; i < Math.Max(labels.Count, values.Count); i++)
        {
            writer.EnsureSpace(height);
            if (i < labels.Count)
                writer.Graphics.DrawString(labels[i], _label, XBrushes.Black, new XPoint(Margin, writer.Y), XStringFormats.TopLeft);
            if (i < values.Count)
                writer.Graphics.DrawString(values[i], _text, XBrushes.Black, new XPoint(valueLeft, writer.Y), XStringFormats.TopLeft);
            writer.Y += height;
        }
        writer.Y += 3;
    }

    /// <summary>The footer on every page, once the page count is known; its type shrinks until the line fits the page's width.</summary>
    private static void DrawFooters(PdfDocument document, string footer)
    {
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var text = $"{footer} · page {i + 1} of {document.PageCount}";
            var width = page.Width.Point - 2 * Margin;
            var size = 7.5;
            var font = new XFont(RecordFonts.Family, size, XFontStyleEx.Regular, Unicode);
            while (graphics.MeasureString(text, font).Width > width && size > 4)
                font = new XFont(RecordFonts.Family, size -= 0.25, XFontStyleEx.Regular, Unicode);
            graphics.DrawLine(XPens.LightGray, Margin, page.Height.Point - Margin + 8, page.Width.Point - Margin, page.Height.Point - Margin + 8);
            graphics.DrawString(text, font, XBrushes.DimGray, new XPoint(Margin, page.Height.Point - Margin + 12), XStringFormats.TopLeft);
        }
    }

    private static double LineHeight(XFont font) => font.Size * 1.3;

    /// <summary>
    /// <paramref name="text"/> in lines no wider than <paramref name="width"/>: its own line breaks kept, words moved to the next
    /// line, and a word wider than the line (a long e-mail address, a URL) broken between characters — nothing is cut.
    /// </summary>
    internal static List<string> Wrap(XGraphics graphics, string text, XFont font, double width)
    {
        var lines = new List<string>();
        bool Fits(string candidate) => graphics.MeasureString(candidate, font).Width <= width;
        foreach (var paragraph in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : $"{current} {word}";
                if (Fits(candidate))
                {
                    current = candidate;
                    continue;
                }
                if (current.Length > 0)
                    lines.Add(current);
                current = word;
                // A single word wider than the line: as many characters as fit, then the rest on the next line.
                while (!Fits(current))
                {
                    var take = current.Length - 1;
                    while (take > 1 && !Fits(current[..take]))
                        take--;
                    lines.Add(current[..take]);
                    current = current[take..];
                }
            }
            lines.Add(current);
        }
        return lines;
    }

    /// <summary>The page being drawn, and where the next line goes; a new letter-size page when the next line would not fit.</summary>
    private sealed class PageWriter
    {
        private readonly PdfDocument _document;

        public PageWriter(PdfDocument document)
        {
            _document = document;
            NewPage();
        }

        public XGraphics Graphics { get; private set; } = null!;

        public double Y { get; set; }

        public double Right { get; private set; }

        private double Bottom { get; set; }

        public void EnsureSpace(double height)
        {
            if (Y + height > Bottom)
                NewPage();
        }

        public void Close() => Graphics.Dispose();

        private void NewPage()
        {
            Graphics?.Dispose();
            var page = _document.AddPage();
            page.Size = PageSize.Letter;
            Graphics = XGraphics.FromPdfPage(page);
            Right = page.Width.Point - Margin;
            Bottom = page.Height.Point - Margin;
            Y = Margin;
        }
    }
}
