using CalJobsConsole.Benchmarks;

namespace CalJobsConsole.Tests.Benchmarks;

/// <summary><c>generate --size … --out …</c>: writes the file the generator writes, and refuses what it cannot read.</summary>
public class GenerateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("caljobs-generate-").FullName;

    [Fact]
    public void Run_WithSizeSeedTodayAndOut_WritesTheGeneratorsFileWithoutAByteOrderMark()
    {
        var path = Path.Combine(_folder, "state.csv");
        var output = new StringWriter();

        var exit = GenerateCommand.Run(["--size", "1.2k", "--seed", "17", "--today", "2026-12-01", "--problems", "3", "--out", path], output, TextWriter.Null);

        Assert.Equal(0, exit);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal((byte)'R', bytes[0]);
        Assert.Equal(GeneratedFile.Write(1_200, problems: 3).Text, System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Contains("1,200 staff accounts", output.ToString());
        Assert.Contains("problem at line", output.ToString());
    }

    [Theory]
    [InlineData("--size", "huge", "--out", "x.csv")]
    [InlineData("--size", "10k")]
    [InlineData("--size", "10k", "--out", "x.csv", "--today", "01/12/2026")]
    [InlineData("--size", "10k", "--out", "x.csv", "--problems", "-1")]
    [InlineData("--size", "10k", "--out", "x.csv", "--colour", "blue")]
    [InlineData("--size")]
    public void Run_WithArgumentsItCannotRead_RefusesWithUsage(params string[] args)
    {
        var errors = new StringWriter();

        var exit = GenerateCommand.Run(args, TextWriter.Null, errors);

        Assert.Equal(2, exit);
        Assert.Contains("Usage: generate --size", errors.ToString());
        Assert.Empty(Directory.GetFiles(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
