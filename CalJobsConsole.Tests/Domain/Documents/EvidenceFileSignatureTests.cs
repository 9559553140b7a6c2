using System.Text;
using CalJobsConsole.Domain.Documents;

namespace CalJobsConsole.Tests.Domain.Documents;

/// <summary>Evidence files are recognised by their leading bytes: PDF, PNG or JPEG, nothing else.</summary>
public class EvidenceFileSignatureTests
{
    [Fact]
    public void Detect_WhenHeaderIsPdf_ReturnsPdf() =>
        Assert.Equal(EvidenceFileType.Pdf, EvidenceFileSignature.Detect("%PDF-1.7\n"u8));

    [Fact]
    public void Detect_WhenHeaderIsPng_ReturnsPng() =>
        Assert.Equal(EvidenceFileType.Png, EvidenceFileSignature.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]));

    [Fact]
    public void Detect_WhenHeaderIsJpeg_ReturnsJpeg() =>
        Assert.Equal(EvidenceFileType.Jpeg, EvidenceFileSignature.Detect([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]));

    [Fact]
    public void Detect_WhenHeaderIsGif_ReturnsNull() =>
        Assert.Null(EvidenceFileSignature.Detect("GIF89a\x01\x00"u8));

    [Fact]
    public void Detect_WhenContentIsText_ReturnsNull() =>
        Assert.Null(EvidenceFileSignature.Detect(Encoding.UTF8.GetBytes("Separation date: 2026-03-16")));

    [Fact]
    public void Detect_WhenPngHeaderIsTruncated_ReturnsNull() =>
        Assert.Null(EvidenceFileSignature.Detect([0x89, 0x50, 0x4E, 0x47]));

    [Fact]
    public void Detect_WhenEmpty_ReturnsNull() =>
        Assert.Null(EvidenceFileSignature.Detect([]));
}
