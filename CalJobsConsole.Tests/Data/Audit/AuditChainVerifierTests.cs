using CalJobsConsole.App.Data.Audit;

namespace CalJobsConsole.Tests.Data.Audit;

/// <summary>
/// AU-9(3): any single field of any single record changed, any record deleted, a record slipped in — each with raw SQL on the
/// database, behind the console's back — makes the verification stop at that record and say how the chain broke.
/// </summary>
public class AuditChainVerifierTests
{
    private const int Records = 5;

    [Fact]
    public async Task Verify_WhenNothingWasTouched_IsIntactWithEveryRecord()
    {
        await using var fixture = await AuditChainFixture.CreateAsync(Records);

        var report = await fixture.VerifyAsync();

        Assert.True(report.Intact, report.Summary);
        Assert.Equal(Records, report.RecordsVerified);
        Assert.Equal((Records, (await fixture.RecordAsync(Records)).ContentHash), (report.HeadId, report.HeadHash));
        Assert.Contains("intact: 5 record(s)", report.Summary);
    }

    [Fact]
    public async Task Verify_WhenTheTrailIsEmpty_IsIntactWithNoRecords()
    {
        await using var fixture = await AuditChainFixture.CreateAsync(0);

        var report = await fixture.VerifyAsync();

        Assert.True(report.Intact, report.Summary);
        Assert.Equal(0, report.RecordsVerified);
    }

    [Fact]
    public async Task Append_WhenSavedByAnyCallSite_NumbersAndLinksEachRecordToTheOneBefore()
    {
        await using var fixture = await AuditChainFixture.CreateAsync(3);

        var (first, second, third) = (await fixture.RecordAsync(1), await fixture.RecordAsync(2), await fixture.RecordAsync(3));

        Assert.Equal(AuditHash.Genesis, first.PreviousHash);
        Assert.Equal(first.ContentHash, second.PreviousHash);
        Assert.Equal(second.ContentHash, third.PreviousHash);
        Assert.All([first, second, third], r => Assert.Equal(AuditHash.Of(r), r.ContentHash));
        Assert.Equal(3, new[] { first.ContentHash, second.ContentHash, third.ContentHash }.Distinct().Count());
    }

    public static TheoryData<string, long> FieldsAndRows()
    {
        var data = new TheoryData<string, long>();
        foreach (var field in new[] { "Id", "At", "ActorId", "Action", "EntityType", "EntityId", "AreaId", "RequestId", "Before", "After", "ContentHash", "PreviousHash" })
        foreach (var row in new long[] { 1, 3, Records })
            data.Add(field, row);
        return data;
    }

    [Theory]
    [MemberData(nameof(FieldsAndRows))]
    public async Task Verify_WhenOneFieldOfOneRecordIsChanged_NamesThatRecordAsChanged(string field, long row)
    {
        await using var fixture = await AuditChainFixture.CreateAsync(Records);
        var value = field switch
        {
            "Id" => "\"Id\" + 1000",
            "At" => "\"At\" + 2048000", // 0.1 s later, in the stored encoding
            "ActorId" or "EntityId" => $"'{Guid.NewGuid()}'",
            "AreaId" or "RequestId" => "NULL",
            "Action" => "'role.removed'",
            "EntityType" => "'ConsoleUser'",
            "Before" or "After" => "'[\"forged\"]'",
            "ContentHash" => $"'{new string('b', 64)}'",
            _ => $"'{new string('c', 64)}'",
        };
        await fixture.ExecuteRawAsync($"UPDATE \"AuditRecords\" SET \"{field}\" = {value} WHERE \"Id\" = {row}");

        var report = await fixture.VerifyAsync();

        Assert.False(report.Intact);
        Assert.Equal((AuditChainBreakKind.Changed, field == "Id" ? row + 1000 : row), (report.Break!.Kind, report.Break.RecordId));
        Assert.Contains($"No. {report.Break.RecordId} (changed)", report.Summary);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(Records)]
    public async Task Verify_WhenOneRecordIsDeleted_NamesItsNumberAsDeleted(long row)
    {
        await using var fixture = await AuditChainFixture.CreateAsync(Records);
        await fixture.ExecuteAsync($"DELETE FROM \"AuditRecords\" WHERE \"Id\" = {row}");

        var report = await fixture.VerifyAsync();

        Assert.Equal((AuditChainBreakKind.Deleted, row), (report.Break?.Kind, report.Break?.RecordId));
        Assert.Equal(row - 1, report.RecordsVerified);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Verify_WhenARecordIsForgedInTheMiddle_NamesItAsInserted(bool correctHash)
    {
        await using var fixture = await AuditChainFixture.CreateAsync(Records);
        await fixture.MakeRoomAtAsync(3);
        await fixture.ForgeAsync(3, (await fixture.RecordAsync(2)).ContentHash, correctHash);

        var report = await fixture.VerifyAsync();

        Assert.Equal((AuditChainBreakKind.Inserted, 3L), (report.Break?.Kind, report.Break?.RecordId));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Verify_WhenARecordIsForgedAtTheEnd_NamesItAsInserted(bool correctHash)
    {
        await using var fixture = await AuditChainFixture.CreateAsync(Records);
        await fixture.ForgeAsync(Records + 1, (await fixture.RecordAsync(Records)).ContentHash, correctHash);

        var report = await fixture.VerifyAsync();

        Assert.Equal((AuditChainBreakKind.Inserted, Records + 1L), (report.Break?.Kind, report.Break?.RecordId));
        Assert.Equal(Records, report.RecordsVerified);
    }

    [Fact]
    public async Task Verify_WhenTheTrailIsLongerThanAPage_WalksEveryPage()
    {
        await using var fixture = await AuditChainFixture.CreateAsync(0);
        await using (var db = fixture.Database.CreateDbContext())
        {
            for (var i = 0; i < AuditChainVerifier.PageSize + 10; i++)
                db.Audit(fixture.Clock.Business, null, "bulk.test", "TestEntity", Guid.NewGuid(), null, null, new { i });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        await fixture.ExecuteAsync($"UPDATE \"AuditRecords\" SET \"Action\" = 'x' WHERE \"Id\" = {AuditChainVerifier.PageSize + 3}");

        var report = await fixture.VerifyAsync();

        Assert.Equal((AuditChainBreakKind.Changed, AuditChainVerifier.PageSize + 3L), (report.Break?.Kind, report.Break?.RecordId));
        Assert.Equal(AuditChainVerifier.PageSize + 2, report.RecordsVerified);
    }

    [Fact]
    public async Task Start_WhenRecordsPredateTheChain_ChainsThemAllOldestFirst()
    {
        await using var fixture = await AuditChainFixture.CreateAsync(3);
        // As a database upgraded from before the chain: records without hashes and no head.
        await fixture.ExecuteRawAsync("UPDATE \"AuditRecords\" SET \"ContentHash\" = '', \"PreviousHash\" = ''");
        await fixture.ExecuteRawAsync("DELETE FROM \"AuditChainHead\"");
        await using (var db = fixture.Database.CreateDbContext())
            await AuditChain.EnsureStartedAsync(db, TestContext.Current.CancellationToken);
        await fixture.AppendAsync("after.upgrade");

        var report = await fixture.VerifyAsync();

        Assert.True(report.Intact, report.Summary);
        Assert.Equal(4, report.RecordsVerified);
        Assert.Equal(AuditHash.Genesis, (await fixture.RecordAsync(1)).PreviousHash);
    }
}
