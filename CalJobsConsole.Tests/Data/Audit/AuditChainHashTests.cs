using CalJobsConsole.App.Data.Audit;

namespace CalJobsConsole.Tests.Data.Audit;

/// <summary>The canonical encoding: text a user typed cannot move a field boundary, so different records never hash alike.</summary>
public class AuditChainHashTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 18, 0, 0, TimeSpan.Zero);
    private static readonly Guid Entity = Guid.Parse("11111111-2222-3333-4444-555555555555");

    private static string Hash(string action = "a", string entityType = "T", string? before = null, string? after = null, Guid? area = null,
        string previous = "p") =>
        AuditHash.Of(1, At, null, action, entityType, Entity, area, null, before, after, previous);

    [Fact]
    public void Of_WhenUserTextHoldsDelimitersQuotesOrNewlines_NeverGivesTwoDifferentRecordsTheSameHash()
    {
        string[] hashes =
        [
            Hash(action: "a|b", entityType: "c"), Hash(action: "a", entityType: "b|c"),
            Hash(action: "a\",\"b", entityType: "c"), Hash(action: "a", entityType: "b\",\"c"),
            Hash(action: "a\nb"), Hash(action: "a\r\nb"), Hash(action: "a\\nb"),
            Hash(before: "x\",\"y"), Hash(before: "x", after: "y"), Hash(before: "x\",", after: "\"y"),
            Hash(before: null), Hash(before: ""), Hash(before: "null"),
            Hash(after: "]"), Hash(after: "],[\"z"), Hash(action: "a\u0000"),
        ];

        Assert.Equal(hashes.Length, hashes.Distinct().Count());
    }

    [Fact]
    public void Of_WhenOnlyThePreviousHashDiffers_DiffersSoTheLinkIsCovered()
    {
        Assert.NotEqual(Hash(previous: AuditHash.Genesis), Hash(previous: new string('1', 64)));
    }

    [Fact]
    public void Of_WhenTheTimeIsTheSameInstantInAnotherOffset_IsTheSame()
    {
        var pacific = At.ToOffset(TimeSpan.FromHours(-8));

        Assert.Equal(AuditHash.Of(1, At, null, "a", "T", Entity, null, null, null, null, "p"),
            AuditHash.Of(1, pacific, null, "a", "T", Entity, null, null, null, null, "p"));
        Assert.Matches("^[0-9a-f]{64}$", Hash());
    }
}
