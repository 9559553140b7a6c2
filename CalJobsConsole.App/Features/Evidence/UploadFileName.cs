using System.Globalization;
using System.Text;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges.Rules;
using CalJobsConsole.Domain.Documents;

namespace CalJobsConsole.App.Features.Evidence;

/// <summary>
/// The name an uploader gave a file (OWASP ASVS V5): checked before a byte of the content is read, and kept only as text to
/// show — the stored file is named by its SHA-256. A name that is a path, carries a control or direction-changing character,
/// is a device name, is too long, holds something shaped like an SSN (DCR-1) or ends in an extension other than .pdf, .png,
/// .jpg or .jpeg is refused, each with the reason in words; the name is never quietly rewritten into another.
/// </summary>
public static class UploadFileName
{
    public const int MaxCharacters = 200;
    public const int MaxUtf8Bytes = 255;

    private const string WindowsForbidden = "<>:\"|?*";

    private static readonly Dictionary<string, EvidenceFileType> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = EvidenceFileType.Pdf,
        [".png"] = EvidenceFileType.Png,
        [".jpg"] = EvidenceFileType.Jpeg,
        [".jpeg"] = EvidenceFileType.Jpeg,
    };

    private static readonly HashSet<string> DeviceNames = new(
        ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$",
         .. Enumerable.Range(0, 10).SelectMany(n => new[] { $"COM{n}", $"LPT{n}" }),
         "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The name to show, and the type its extension claims; refused with <see cref="InvalidInputException"/> on field "File"
    /// (or DCR-1 for an SSN shape).
    /// </summary>
    public static (string DisplayName, EvidenceFileType Claimed) Check(string? fileName)
    {
        var name = CheckShape(fileName, "a name ending in .pdf, .png, .jpg or .jpeg");
        var extension = Path.GetExtension(name);
        if (string.IsNullOrEmpty(extension))
            throw Refused("the file name has no extension: only a PDF, PNG or JPEG file (.pdf, .png, .jpg or .jpeg) is accepted.");
        if (!Extensions.TryGetValue(extension, out var claimed))
            throw Refused($"a file ending in {extension} is not accepted: only a PDF, PNG or JPEG file (.pdf, .png, .jpg or .jpeg) is.");
        BusinessRules.Check(new TextMustNotHoldSocialSecurityNumberRule("The file name", name));
        return (name, claimed);
    }

    /// <summary>
    /// Every check but the extension's: no path, control or invisible character, device name, or excessive length.
    /// <paramref name="expected"/> says what a good name looks like, for the refusal of a name that is missing.
    /// </summary>
    public static string CheckShape(string? fileName, string expected)
    {
        if (string.IsNullOrWhiteSpace(fileName))
            throw Refused($"the file has no name; give it {expected}.");
        if (fileName.Contains('\0'))
            throw Refused("the file name holds a NUL character, which no file name may carry; rename the file.");
        if (fileName.Any(char.IsControl))
            throw Refused("the file name holds a control character (such as a line break or a tab); rename the file.");
        if (fileName.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format))
            throw Refused("the file name holds an invisible or direction-changing character (such as a right-to-left override), which can disguise the real extension; rename the file.");
        var bytes = Encoding.UTF8.GetByteCount(fileName);
        if (fileName.Length > MaxCharacters || bytes > MaxUtf8Bytes)
            throw Refused($"the file name is {fileName.Length:N0} characters ({bytes:N0} bytes) long; at most {MaxCharacters} characters ({MaxUtf8Bytes} bytes) are accepted — shorten it.");
        if (fileName.Contains('/') || fileName.Contains('\\'))
            throw Refused("the file name holds a folder path (a / or \\, such as ../ or C:\\); give the file's own name only.");
        if (fileName.IndexOfAny(WindowsForbidden.ToCharArray()) >= 0)
            throw Refused("the file name holds a character no file name may carry (< > : \" | ? *); rename the file.");
        if (fileName.StartsWith('.'))
            throw Refused("the file name starts with a dot (a hidden file, or .. for the folder above); rename the file.");
        if (fileName.EndsWith('.') || fileName.EndsWith(' ') || fileName.StartsWith(' '))
            throw Refused("the file name starts or ends with a space, or ends with a dot; rename the file.");
        var stem = fileName.Split('.')[0].TrimEnd();
        if (DeviceNames.Contains(stem))
            throw Refused($"the file name {stem} is a reserved device name (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9); rename the file.");
        return fileName;
    }

    /// <summary>The extensions a type may be named with, for the reason a mismatch gives.</summary>
    public static string ExtensionsOf(EvidenceFileType type) => type switch
    {
        EvidenceFileType.Pdf => ".pdf",
        EvidenceFileType.Png => ".png",
        _ => ".jpg or .jpeg",
    };

    private static InvalidInputException Refused(string problem) => new(EvidenceStore.Field, problem);
}
