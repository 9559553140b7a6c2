using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Documents;

/// <summary>A form's PDF record as the console filed it (issue 20): a SHA-256 and a size the evidence store could hold.</summary>
public class FiledRecordTests
{
    private readonly TestClock _clock = new(World.StartDate);

    [Fact]
    public void Of_KeepsTheHashInLowerCaseTheSizeAndWhenItWasFiled()
    {
        var filed = FiledRecord.Of(new string('A', 64), 1234, _clock);

        Assert.Equal(new string('a', 64), filed.Sha256);
        Assert.Equal(1234, filed.SizeBytes);
        Assert.Equal(_clock.UtcNow, filed.FiledAt);
    }

    [Theory]
    [InlineData(null, 10, "Sha256")]
    [InlineData("abc", 10, "Sha256")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", 10, "Sha256")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000", 0, "SizeBytes")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000", 10 * 1024 * 1024 + 1, "SizeBytes")]
    public void Of_WhenTheHashOrSizeCannotBeAFiledPdf_IsRefusedNamingTheField(string? sha256, long size, string field)
    {
        var ex = Assert.Throws<InvalidInputException>(() => FiledRecord.Of(sha256, size, _clock));

        Assert.Equal(field, ex.Field);
    }
}
