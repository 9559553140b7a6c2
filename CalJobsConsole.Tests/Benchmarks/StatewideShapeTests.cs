using CalJobsConsole.Benchmarks.Generation;

namespace CalJobsConsole.Tests.Benchmarks;

/// <summary>The sizes the command accepts and the exact counts each size gets.</summary>
public class StatewideShapeTests
{
    [Theory]
    [InlineData("10k", 10_000)]
    [InlineData("100k", 100_000)]
    [InlineData("1M", 1_000_000)]
    [InlineData("1m", 1_000_000)]
    [InlineData("2.5k", 2_500)]
    [InlineData("12345", 12_345)]
    public void ParseSize_WhenGivenASizeOrANumber_ReturnsTheAccounts(string text, int accounts) =>
        Assert.Equal(accounts, StatewideShape.ParseSize(text));

    [Theory]
    [InlineData("")]
    [InlineData("ten")]
    [InlineData("-5")]
    [InlineData("10M")]
    [InlineData("1.5")]
    public void ParseSize_WhenGivenNoSize_ReturnsNull(string text) => Assert.Null(StatewideShape.ParseSize(text));

    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    [InlineData(1_000_000)]
    public void LifecycleCounts_ForEachSize_AddUpToTheAccountsAndHaveEveryState(int accounts)
    {
        var counts = StatewideShape.For(accounts).LifecycleCounts();

        Assert.Equal(accounts, counts.Values.Sum());
        Assert.All(Enum.GetValues<Lifecycle>(), s => Assert.True(counts[s] > 0, $"{s} at {accounts}"));
        Assert.Equal(accounts * 72 / 100, counts[Lifecycle.Active]);
    }

    [Fact]
    public void Write_ForASize_WritesExactlyItsAccountsAndLifecycleCounts()
    {
        var file = GeneratedFile.Write(3_333);

        Assert.Equal(3_333, file.Of("StaffAccount").Count());
        Assert.Equal(StatewideShape.For(3_333).LifecycleCounts(), file.Summary.Lifecycles);
        Assert.Equal(file.Summary.Lifecycles[Lifecycle.Active], file.Of("StaffAccount").Count(a => a["Status"] == "Active"));
    }
}
