using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using CalJobsConsole.Domain.Documents;

namespace CalJobsConsole.Tests.Features.Evidence;

/// <summary>One upload an attacker (or a careless hand) might try, with the words its refusal must hold; DCR-1 ones give the code.</summary>
public sealed record HostileFile(string Name, Func<byte[]> Content, string Reason, string? Code = null);

/// <summary>
/// The corpus of hostile uploads (OWASP ASVS V5: file names, leading bytes, polyglots, active PDF content, size), and the
/// good files beside them — a real PDF, PNG and JPEG — so the checks are seen not to refuse everything.
/// </summary>
public static class HostileFiles
{
    /// <summary>A real 1×1 PNG, IHDR to IEND.</summary>
    public static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>
    /// A real baseline JPEG, 8×8 grey, made by hand: one quantisation table, one-code Huffman tables (DC category 0, AC
    /// end-of-block) and a scan of two bits — any decoder shows a grey square.
    /// </summary>
    public static byte[] Jpeg(byte[]? comment = null)
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };
        jpeg.AddRange([0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        if (comment is not null)
            jpeg.AddRange([0xFF, 0xFE, .. BigEndian16(comment.Length + 2), .. comment]);
        jpeg.AddRange([0xFF, 0xDB, 0x00, 0x43, 0x00, .. Enumerable.Repeat((byte)1, 64)]);
        jpeg.AddRange([0xFF, 0xC0, 0x00, 0x0B, 8, 0, 8, 0, 8, 1, 1, 0x11, 0]);
        jpeg.AddRange([0xFF, 0xC4, 0x00, 0x14, 0x00, 1, .. new byte[15], 0x00]);
        jpeg.AddRange([0xFF, 0xC4, 0x00, 0x14, 0x10, 1, .. new byte[15], 0x00]);
        jpeg.AddRange([0xFF, 0xDA, 0x00, 0x08, 1, 1, 0x00, 0, 63, 0]);
        jpeg.AddRange([0x3F, 0xFF, 0xD9]);
        return [.. jpeg];
    }

    public static byte[] Pdf(string objects = "") => Encoding.ASCII.GetBytes(
        $"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n{objects}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A PDF 1.5 object stream (compressed with Flate) holding <paramref name="objects"/>: what a reader inflates to find them.</summary>
    public static byte[] PdfWithObjectStream(string objects)
    {
        var inflated = Encoding.ASCII.GetBytes(objects);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(inflated);
        var head = Encoding.ASCII.GetBytes($"%PDF-1.7\n5 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length {compressed.Length} >>\nstream\n");
        var tail = Encoding.ASCII.GetBytes("\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        return [.. head, .. compressed.ToArray(), .. tail];
    }

    /// <summary>A PNG with a chunk of <paramref name="type"/> put before IEND (CRC not checked by the console, so left zero).</summary>
    public static byte[] PngWithChunk(string type, byte[] data)
    {
        var png = Png();
        var iend = png.Length - 12;
        return [.. png[..iend], .. BigEndian32(data.Length), .. Encoding.ASCII.GetBytes(type), .. data, 0, 0, 0, 0, .. png[iend..]];
    }

    /// <summary>An empty ZIP archive (its end-of-central-directory record only), which any archive reader opens.</summary>
    public static byte[] EmptyZip() => [0x50, 0x4B, 0x05, 0x06, .. new byte[18]];

    public static IReadOnlyDictionary<string, HostileFile> Corpus { get; } = new Dictionary<string, HostileFile>
    {
        // Names, refused before a byte is read.
        ["traversal up"] = new("../../etc/cron.d/evidence.pdf", () => Pdf(), "folder path"),
        ["traversal up, Windows"] = new(@"..\..\Windows\evidence.pdf", () => Pdf(), "folder path"),
        ["absolute path"] = new("/etc/passwd.pdf", () => Pdf(), "folder path"),
        ["drive path"] = new(@"C:\Windows\System32\evidence.pdf", () => Pdf(), "folder path"),
        ["drive-relative or stream name"] = new("C:evidence.pdf", () => Pdf(), "< > : \" | ? *"),
        ["NUL in the name"] = new("evidence.exe\0.pdf", () => Pdf(), "NUL character"),
        ["line break in the name"] = new("evidence\r\nSet-Cookie: x.pdf", () => Pdf(), "control character"),
        ["escape in the name"] = new("evidence\u001b[31m.pdf", () => Pdf(), "control character"),
        ["right-to-left override"] = new("evidence\u202Egnp.pdf", () => Pdf(), "direction-changing"),
        ["zero-width space"] = new("evid\u200Bence.pdf", () => Pdf(), "invisible"),
        ["device name"] = new("CON.pdf", () => Pdf(), "reserved device name"),
        ["device name, lower case"] = new("lpt1.png", () => Png(), "reserved device name"),
        ["very long name"] = new(new string('a', 300) + ".pdf", () => Pdf(), "at most 200 characters"),
        ["long name in bytes"] = new(string.Concat(Enumerable.Repeat("申請書", 30)) + ".pdf", () => Pdf(), "255 bytes"),
        ["hidden or dot name"] = new(".htaccess.pdf", () => Pdf(), "starts with a dot"),
        ["trailing dot"] = new("evidence.pdf.", () => Pdf(), "ends with a dot"),
        ["SSN-shaped name"] = new("123-45-6789.pdf", () => Pdf(), "Social Security number", "DCR-1"),
        ["bare nine digits"] = new("123456789.png", () => Png(), "Social Security number", "DCR-1"),
        ["executable extension"] = new("evidence.exe", () => Pdf(), "a file ending in .exe is not accepted"),
        ["double extension"] = new("evidence.pdf.html", () => Pdf(), "a file ending in .html is not accepted"),
        ["SVG"] = new("chart.svg", () => Encoding.ASCII.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), "a file ending in .svg is not accepted"),
        ["no extension"] = new("evidence", () => Pdf(), "no extension"),
        ["no name"] = new("", () => Pdf(), "no name"),
        // Size.
        ["empty file"] = new("evidence.pdf", () => [], "empty"),
        ["over 10 MB"] = new("evidence.pdf", () => [.. Pdf(), .. new byte[EvidenceDocument.MaxSizeBytes]], "at most 10 MB"),
        // Leading bytes.
        ["renamed executable"] = new("evidence.pdf", () => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], "leading bytes are none of those"),
        ["HTML named as a PDF"] = new("evidence.pdf", () => Encoding.ASCII.GetBytes("<html><script>alert(document.cookie)</script></html>"), "leading bytes are none of those"),
        ["PDF behind an HTML prologue"] = new("evidence.pdf", () => [.. Encoding.ASCII.GetBytes("<html><script>alert(1)</script>\n"), .. Pdf()], "leading bytes are none of those"),
        ["GIF named as a PNG"] = new("screen.png", () => Encoding.ASCII.GetBytes("GIF89a\x01\x00\x01\x00\x00\x00\x00;"), "leading bytes are none of those"),
        ["PNG named as a PDF"] = new("evidence.pdf", () => Png(), "named as a PDF but its content is a PNG"),
        ["PDF named as a JPEG"] = new("photo.jpg", () => Pdf(), "named as a JPEG but its content is a PDF"),
        ["JPEG named as a PNG"] = new("screen.png", () => Jpeg(), "named as a PNG but its content is a JPEG"),
        // Polyglots.
        ["PNG with a ZIP appended"] = new("screen.png", () => [.. Png(), .. EmptyZip()], "also holds a ZIP archive"),
        ["JPEG with a ZIP appended"] = new("photo.jpg", () => [.. Jpeg(), .. EmptyZip()], "also holds a ZIP archive"),
        ["PDF with a ZIP appended"] = new("evidence.pdf", () => [.. Pdf(), .. EmptyZip()], "also holds a ZIP archive"),
        ["PNG with HTML in a text chunk"] = new("screen.png", () => PngWithChunk("tEXt", Encoding.ASCII.GetBytes("Comment\0<html><body>hi</body></html>")), "HTML or script (<html)"),
        ["JPEG with a script in a comment"] = new("photo.jpg", () => Jpeg(Encoding.ASCII.GetBytes("<SCRIPT>alert(1)</SCRIPT>")), "HTML or script (<script)"),
        ["JPEG web shell"] = new("photo.jpeg", () => Jpeg(Encoding.ASCII.GetBytes("<?php system($_GET['c']); ?>")), "HTML or script (<?php)"),
        ["PNG that also starts a PDF"] = new("screen.png", () => PngWithChunk("tEXt", Encoding.ASCII.GetBytes("Comment\0%PDF-1.4 1 0 obj")), "also starts a PDF"),
        ["PNG with data after IEND"] = new("screen.png", () => [.. Png(), .. Encoding.ASCII.GetBytes("MZ hidden payload")], "after the image's end"),
        ["PNG cut short"] = new("screen.png", () => Png()[..20], "damaged or cut short"),
        ["PDF with a script in its first kilobyte"] = new("evidence.pdf", () => Encoding.ASCII.GetBytes("%PDF-1.4\n<script>alert(1)</script>\n%%EOF"), "HTML or script (<script)"),
        // Active PDF content, refused by policy.
        ["PDF with JavaScript"] = new("evidence.pdf", () => Pdf("3 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj"), "holds JavaScript"),
        ["PDF that opens with JS"] = new("evidence.pdf", () => Pdf("3 0 obj << /OpenAction << /S /JavaScript /JS 4 0 R >> >> endobj"), "holds JavaScript"),
        ["PDF with JS only"] = new("evidence.pdf", () => Pdf("3 0 obj << /AA << /O << /JS(this.print()) >> >> >> endobj"), "holds JavaScript"),
        ["PDF with escaped /J#61vaScript"] = new("evidence.pdf", () => Pdf("3 0 obj << /S /J#61vaScript /#4A#53 (app.alert(1)) >> endobj"), "holds JavaScript"),
        ["PDF with a launch action"] = new("evidence.pdf", () => Pdf("3 0 obj << /OpenAction << /S /Launch /F (cmd.exe) >> >> endobj"), "launch action"),
        ["PDF with an embedded file"] = new("evidence.pdf", () => Pdf("3 0 obj << /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream\nendobj"), "embedded in it"),
        ["PDF with rich media"] = new("evidence.pdf", () => Pdf("3 0 obj << /Type /RichMedia >> endobj"), "embedded media"),
        ["PDF hiding JavaScript in an object stream"] = new("evidence.pdf", () => PdfWithObjectStream("3 0 << /S /JavaScript /JS (app.alert(1)) >>"), "holds JavaScript"),
        ["PDF with an unreadable object stream"] = new("evidence.pdf", () => Encoding.ASCII.GetBytes("%PDF-1.7\n5 0 obj << /Type /ObjStm /Filter /FlateDecode >>\nstream\nnot zlib at all\nendstream\nendobj\n%%EOF\n"), "could not be read to check it"),
    };

    /// <summary>Good files of every accepted type, including a PDF whose /OpenAction only sets the view and one with a benign object stream.</summary>
    public static IReadOnlyDictionary<string, (string Name, Func<byte[]> Content, EvidenceFileType Type)> Good { get; } =
        new Dictionary<string, (string, Func<byte[]>, EvidenceFileType)>
        {
            ["PDF"] = ("attachment-3.pdf", () => Pdf(), EvidenceFileType.Pdf),
            ["PDF opening at a page"] = ("ISPA certificate 2026.PDF", () => Pdf("3 0 obj << /OpenAction [2 0 R /Fit] >> endobj"), EvidenceFileType.Pdf),
            ["PDF with an object stream"] = ("signed E-1 (final).pdf", () => PdfWithObjectStream("3 0 << /Type /Page /Parent 2 0 R >>"), EvidenceFileType.Pdf),
            ["PNG"] = ("screen 916-555-0142.png", () => Png(), EvidenceFileType.Png),
            ["JPEG"] = ("scan_2026-01-15.jpg", () => Jpeg(), EvidenceFileType.Jpeg),
            ["JPEG, long extension"] = ("formulário assinado.jpeg", () => Jpeg(Encoding.ASCII.GetBytes("scanned at the office")), EvidenceFileType.Jpeg),
        };

    private static byte[] BigEndian16(int value) => [(byte)(value >> 8), (byte)value];

    private static byte[] BigEndian32(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }
}
