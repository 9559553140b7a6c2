using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using CalJobsConsole.Domain.Documents;

namespace CalJobsConsole.App.Features.Evidence;

/// <summary>
/// The content of an upload, read whole (at most 10 MB) from its temporary file before it is moved into place (OWASP ASVS
/// V5): its leading bytes must match its extension, and it must be that type only — not a polyglot another program would
/// open as something else — and, for a PDF, hold nothing that acts when opened. Each refusal is a reason in words.
/// <list type="bullet">
/// <item>Any type: no ZIP end-of-central-directory record in the last 64 KB, where an archive reader looks (PNG + ZIP, PDF + JAR).</item>
/// <item>PNG and JPEG: no HTML or script anywhere (<c>&lt;script</c>, <c>&lt;html</c>, <c>&lt;?php</c>, …) and no <c>%PDF-</c> in the
/// first 1 KB, where a PDF reader looks for its header; a PNG is a well-formed list of chunks from IHDR to IEND with nothing after.</item>
/// <item>PDF: no HTML or script in the first 1 KB, where a browser sniffs; and by policy no <c>/JavaScript</c>, <c>/JS</c>
/// (which an <c>/OpenAction</c> or <c>/AA</c> needs to run code), <c>/Launch</c>, <c>/EmbeddedFile(s)</c> or <c>/RichMedia</c> —
/// names read as a PDF reader reads them (<c>#xx</c> escapes decoded), in the file and inside compressed object streams.</item>
/// </list>
/// </summary>
public static class UploadContentCheck
{
    public const int SniffLength = 1024;

    /// <summary>A ZIP's end record is 22 bytes plus a comment of at most 65,535 bytes from the end.</summary>
    private const int ZipTailLength = 22 + 65_535;

    /// <summary>How much the compressed object streams of one PDF may inflate to before the console gives up checking.</summary>
    private const long MaxInflatedBytes = 32L * 1024 * 1024;

    private static readonly byte[] ZipEnd = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] PdfHeader = "%PDF-"u8.ToArray();
    private static readonly byte[] PngIend = [0x49, 0x45, 0x4E, 0x44];
    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] EndStreamKeyword = "endstream"u8.ToArray();

    private static readonly byte[][] MarkupMarkers = new[]
    {
        "<script", "<html", "<!doctype", "<iframe", "<svg", "<body", "<object", "<embed", "<?php", "javascript:",
    }.Select(Encoding.ASCII.GetBytes).ToArray();

    private static readonly Dictionary<string, string> RefusedPdfNames = new(StringComparer.Ordinal)
    {
        ["JavaScript"] = JavaScript,
        ["JS"] = JavaScript,
        ["Launch"] = "the PDF holds a launch action (/Launch), which starts a program or opens another file; the console refuses it by policy. Print the document to a new PDF (or scan it) and upload that.",
        ["EmbeddedFile"] = EmbeddedFiles,
        ["EmbeddedFiles"] = EmbeddedFiles,
        ["RichMedia"] = "the PDF holds embedded media (/RichMedia, such as Flash), which can run code; the console refuses it by policy. Print the document to a new PDF (or scan it) and upload that.",
    };

    private const string JavaScript =
        "the PDF holds JavaScript (/JavaScript or /JS, for example run by an /OpenAction when it opens), which the console refuses by policy: whoever reviews the document would run it. Print the document to a new PDF without scripts (or scan it) and upload that.";

    private const string EmbeddedFiles =
        "the PDF carries other files embedded in it (/EmbeddedFile); the console refuses them by policy. Upload each document on its own as a PDF, PNG or JPEG.";

    /// <summary>Why the content may not be kept as <paramref name="claimed"/> (its extension), or null when it may.</summary>
    public static string? ProblemOf(ReadOnlySpan<byte> content, EvidenceFileType claimed)
    {
        var detected = EvidenceFileSignature.Detect(content[..Math.Min(content.Length, EvidenceFileSignature.HeaderLength)]);
        if (detected is not { } type)
            return "only a PDF, PNG or JPEG file is accepted, recognised by its content, not its name; this file's leading bytes are none of those (a PDF starts with %PDF-).";
        if (type != claimed)
            return $"the file is named as a {Name(claimed)} but its content is a {Name(type)}; the extension must match what it holds (a {Name(type)} ends in {UploadFileName.ExtensionsOf(type)}).";
        if (content[Math.Max(0, content.Length - ZipTailLength)..].IndexOf(ZipEnd) >= 0)
            return $"the {Name(type)} also holds a ZIP archive (a polyglot file that other programs would open as an archive); upload the document on its own.";
        if (type == EvidenceFileType.Pdf)
            return MarkupIn(content[..Math.Min(content.Length, SniffLength)]) is { } pdfMarkup
                ? $"the PDF holds HTML or script ({pdfMarkup}) in its first kilobyte, where a browser looks; upload a plain PDF."
                : PdfProblem(content);
        if (MarkupIn(content) is { } markup)
            return $"the {Name(type)} holds HTML or script ({markup}) that a browser could run; upload a plain image (a new screenshot or a scan).";
        if (content[..Math.Min(content.Length, SniffLength)].IndexOf(PdfHeader) >= 0)
            return $"the {Name(type)} also starts a PDF (%PDF- in its first kilobyte), a polyglot a PDF reader would open; upload a plain image.";
        return type == EvidenceFileType.Png ? PngProblem(content) : null;
    }

    private static string Name(EvidenceFileType type) => type switch
    {
        EvidenceFileType.Pdf => "PDF",
        EvidenceFileType.Png => "PNG",
        _ => "JPEG",
    };

    /// <summary>The first HTML or script marker found, ignoring case; null when none.</summary>
    private static string? MarkupIn(ReadOnlySpan<byte> content)
    {
        foreach (var marker in MarkupMarkers)
            if (IndexOfIgnoringAsciiCase(content, marker) >= 0)
                return Encoding.ASCII.GetString(marker);
        return null;
    }

    private static int IndexOfIgnoringAsciiCase(ReadOnlySpan<byte> content, ReadOnlySpan<byte> lowerMarker)
    {
        var first = lowerMarker[0];
        var upperFirst = (byte)char.ToUpperInvariant((char)first);
        var offset = 0;
        while (offset <= content.Length - lowerMarker.Length)
        {
            var found = content[offset..].IndexOfAny(first, upperFirst);
            if (found < 0 || offset + found > content.Length - lowerMarker.Length)
                return -1;
            var at = offset + found;
            if (Ascii.EqualsIgnoreCase(content.Slice(at, lowerMarker.Length), lowerMarker))
                return at;
            offset = at + 1;
        }
        return -1;
    }

    /// <summary>IHDR first, each chunk within the file, IEND last with nothing after it.</summary>
    private static string? PngProblem(ReadOnlySpan<byte> content)
    {
        const string damaged = "the PNG is damaged or cut short (its chunks do not run from IHDR to IEND); save the image again and upload that.";
        var offset = 8;
        var first = true;
        while (offset + 12 <= content.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(content[offset..]);
            var chunkType = content.Slice(offset + 4, 4);
            if (first && !chunkType.SequenceEqual("IHDR"u8))
                return damaged;
            first = false;
            if (length > content.Length - offset - 12)
                return damaged;
            offset += 12 + (int)length;
            if (chunkType.SequenceEqual(PngIend))
                return offset == content.Length ? null
                    : $"the PNG holds {content.Length - offset:N0} bytes after the image's end (IEND), where another file can hide; save the image again and upload that.";
        }
        return damaged;
    }

    /// <summary>Reads the PDF's names outside stream data; a compressed object stream's objects are inflated and read too.</summary>
    private static string? PdfProblem(ReadOnlySpan<byte> content)
    {
        long inflated = 0;
        var objectStream = false;
        var offset = 0;
        while (offset < content.Length)
        {
            var b = content[offset];
            if (b == (byte)'/')
            {
                var (name, next) = ReadName(content, offset + 1);
                if (RefusedPdfNames.TryGetValue(name, out var reason))
                    return reason;
                objectStream |= name == "ObjStm";
                offset = next;
                continue;
            }
            if (b == (byte)'s' && StreamStartsAt(content, offset) is { } dataStart)
            {
                var end = content[dataStart..].IndexOf(EndStreamKeyword);
                var data = end < 0 ? content[dataStart..] : content.Slice(dataStart, end);
                if (objectStream)
                {
                    if (ObjectStreamProblem(data, ref inflated) is { } problem)
                        return problem;
                    objectStream = false;
                }
                offset = end < 0 ? content.Length : dataStart + end + EndStreamKeyword.Length;
                continue;
            }
            if (b == (byte)'e' && content[offset..].StartsWith("endobj"u8))
                objectStream = false;
            offset++;
        }
        return null;
    }

    private static string? ObjectStreamProblem(ReadOnlySpan<byte> data, ref long inflated)
    {
        byte[] objects;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(data.ToArray(), writable: false), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81_920];
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                inflated += read;
                if (inflated > MaxInflatedBytes)
                    return "the PDF's compressed objects inflate to more than 32 MB, too much to check; print the document to a new PDF and upload that.";
                output.Write(buffer, 0, read);
            }
            objects = output.ToArray();
        }
        catch (InvalidDataException)
        {
            return "a compressed part of the PDF (an object stream) could not be read to check it (it may be encrypted or damaged); print the document to a new PDF and upload that.";
        }
        return PdfProblem(objects);
    }

    /// <summary>Where a stream's data starts when the keyword "stream" (preceded by a delimiter, followed by an end of line) is at <paramref name="offset"/>.</summary>
    private static int? StreamStartsAt(ReadOnlySpan<byte> content, int offset)
    {
        if (!content[offset..].StartsWith(StreamKeyword) || (offset > 0 && !IsDelimiterOrSpace(content[offset - 1])))
            return null;
        var after = offset + StreamKeyword.Length;
        if (after < content.Length && content[after] == '\n')
            return after + 1;
        if (after + 1 < content.Length && content[after] == '\r' && content[after + 1] == '\n')
            return after + 2;
        return after < content.Length && content[after] == '\r' ? after + 1 : null;
    }

    /// <summary>A name after its slash, #xx escapes decoded as a PDF reader decodes them.</summary>
    private static (string Name, int Next) ReadName(ReadOnlySpan<byte> content, int offset)
    {
        var name = new StringBuilder();
        while (offset < content.Length && !IsDelimiterOrSpace(content[offset]) && name.Length < 64)
        {
            if (content[offset] == '#' && offset + 2 < content.Length && IsHex(content[offset + 1]) && IsHex(content[offset + 2]))
            {
                name.Append((char)Convert.ToByte(Encoding.ASCII.GetString(content.Slice(offset + 1, 2)), 16));
                offset += 3;
                continue;
            }
            name.Append((char)content[offset]);
            offset++;
        }
        return (name.ToString(), offset);
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static bool IsDelimiterOrSpace(byte b) =>
        b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or 0
            or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
