using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Documents;

/// <summary>Uploading an evidence document: its size, SHA-256 and name are checked.</summary>
public class EvidenceDocumentTests
{
    private const long TenMegabytes = 10 * 1024 * 1024;
    private const string ValidHash = "00000000000000000000000000000000ffffffffffffffffffffffffffffffff";

    private readonly TestClock _clock = new(World.StartDate);
    private readonly Guid _requestId = Guid.NewGuid();
    private readonly Guid _uploaderId = Guid.NewGuid();

    [Fact]
    public void FileRequestForm_KeepsAPdfRequestFormMarkedAsFiledByTheConsoleOnTheApproversAct()
    {
        var document = EvidenceDocument.FileRequestForm(_requestId, "approved-attachment-3.pdf", ValidHash, 4096, _uploaderId, _clock);

        Assert.True(document.FiledByConsole);
        Assert.Equal(DocumentKind.SystemAccessRequestForm, document.Kind);
        Assert.Equal(EvidenceFileType.Pdf, document.FileType);
        Assert.Equal(_uploaderId, document.UploadedById);
        Assert.False(Upload(fileName: "form.pdf").FiledByConsole);
    }

    [Fact]
    public void Upload_WhenInputIsValid_RecordsTheDocumentNotYetOnAnAccount()
    {
        var document = Upload(fileName: "form.pdf");

        Assert.Equal(_requestId, document.RequestId);
        Assert.Equal(DocumentKind.SystemAccessRequestForm, document.Kind);
        Assert.Equal("form.pdf", document.FileName);
        Assert.Equal(ValidHash, document.Sha256);
        Assert.Equal(_uploaderId, document.UploadedById);
        Assert.Equal(_clock.UtcNow, document.UploadedAt);
        Assert.Null(document.AccountId);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void Upload_WhenSizeIsNotPositive_ThrowsInvalidInputNamingSizeBytes(long size)
    {
        var ex = Assert.Throws<InvalidInputException>(() => Upload(size: size));

        Assert.Equal("SizeBytes", ex.Field);
    }

    [Fact]
    public void Upload_WhenSizeIsOneByteOverTenMegabytes_ThrowsInvalidInputNamingSizeBytes()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Upload(size: TenMegabytes + 1));

        Assert.Equal("SizeBytes", ex.Field);
    }

    [Fact]
    public void Upload_WhenSizeIsExactlyTenMegabytes_Accepts()
    {
        var document = Upload(size: TenMegabytes);

        Assert.Equal(TenMegabytes, document.SizeBytes);
    }

    [Fact]
    public void Upload_WhenSizeIsOneByte_Accepts() => Assert.Equal(1, Upload(size: 1).SizeBytes);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc123")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde")] // 63
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0")] // 65
    [InlineData("g123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")] // 64, not hex
    public void Upload_WhenHashIsNot64HexCharacters_ThrowsInvalidInputNamingSha256(string? hash)
    {
        var ex = Assert.Throws<InvalidInputException>(() => Upload(hash: hash));

        Assert.Equal("Sha256", ex.Field);
    }

    [Fact]
    public void Upload_WhenHashIsUpperCase_StoresItLowerCase()
    {
        var document = Upload(hash: ValidHash.ToUpperInvariant());

        Assert.Equal(ValidHash, document.Sha256);
    }

    [Fact]
    public void Upload_WhenFileNameCarriesAPath_KeepsOnlyTheName()
    {
        var document = Upload(fileName: "../../uploads/certificate.png");

        Assert.Equal("certificate.png", document.FileName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Upload_WhenFileNameIsMissing_ThrowsInvalidInputNamingFileName(string? fileName)
    {
        var ex = Assert.Throws<InvalidInputException>(() => Upload(fileName: fileName));

        Assert.Equal("FileName", ex.Field);
    }

    [Fact]
    public void Upload_WhenFileTypeIsUndefined_ThrowsInvalidInputNamingFileType()
    {
        var ex = Assert.Throws<InvalidInputException>(() => EvidenceDocument.Upload(_requestId, DocumentKind.IspaCertificate,
            "x.pdf", (EvidenceFileType)99, ValidHash, 10, _uploaderId, _clock));

        Assert.Equal("FileType", ex.Field);
    }

    [Fact]
    public void Upload_WhenRequestIdIsEmpty_ThrowsInvalidInputNamingRequestId()
    {
        var ex = Assert.Throws<InvalidInputException>(() => EvidenceDocument.Upload(Guid.Empty, DocumentKind.IspaCertificate,
            "x.pdf", EvidenceFileType.Pdf, ValidHash, 10, _uploaderId, _clock));

        Assert.Equal("RequestId", ex.Field);
    }

    [Fact]
    public void KeepOn_WhenGivenAnAccount_RecordsIt()
    {
        var document = Upload();
        var accountId = Guid.NewGuid();

        document.KeepOn(accountId);

        Assert.Equal(accountId, document.AccountId);
    }

    private EvidenceDocument Upload(string? fileName = "form.pdf", string? hash = ValidHash, long size = 1024) =>
        EvidenceDocument.Upload(_requestId, DocumentKind.SystemAccessRequestForm, fileName, EvidenceFileType.Pdf,
            hash, size, _uploaderId, _clock);
}
