using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Designations;

/// <summary>CAP-1 under concurrent writers: the database, not only the domain, holds the seat cap.</summary>
public class DesignationRecorderConcurrencyTests
{
    public static TheoryData<int> Rounds => new(Enumerable.Range(1, 20));

    [Theory]
    [MemberData(nameof(Rounds))]
    public async Task RecordAddition_WhenTwentyFormsForOneLocalAreaRaceEachOnItsOwnContext_SeatsThreeAndRefusesSeventeenWithCap1(int round)
    {
        var token = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync();
        var directorId = Guid.NewGuid();
        var area = Area.Create($"Race Local Area {round}", AreaKind.LocalArea);
        area.AppointDirector(directorId, World.Contact("Race Director"));
        await using (var db = database.CreateDbContext())
        {
            db.Areas.Add(area);
            await db.SaveChangesAsync(token);
        }
        var recorder = new DesignationRecorder(database);
        var today = new DateOnly(2026, 3, 16);
        using var start = new ManualResetEventSlim(false);

        var attempts = Enumerable.Range(1, 20).Select(i => Task.Run(async () =>
        {
            start.Wait(token);
            try
            {
                await recorder.RecordAdditionAsync(area.Id, Guid.NewGuid(), World.Contact($"Candidate {i}"), directorId, today, Guid.NewGuid(),
                    cancellationToken: token);
                return "seated";
            }
            catch (BusinessRuleViolationException ex)
            {
                return string.Join(",", ex.Codes);
            }
        }, token)).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(attempts);

        await using var read = database.CreateDbContext();
        var active = await read.Designations.Where(d => d.AreaId == area.Id && d.Status == DesignationStatus.Active).ToListAsync(token);
        Assert.Equal(3, active.Count);
        Assert.Equal([1, 2, 3], active.Select(d => d.SeatNumber).Order());
        Assert.Equal(3, outcomes.Count(o => o == "seated"));
        Assert.Equal(17, outcomes.Count(o => o == "CAP-1"));
    }

    [Fact]
    public async Task Database_WhenASeatIsWrittenTwiceBehindTheDomainsBack_RefusesTheSecondActiveHolder()
    {
        var token = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync();
        var directorId = Guid.NewGuid();
        var first = Area.Create("Twin Area", AreaKind.LocalArea);
        first.AppointDirector(directorId, World.Contact("Twin Director"));
        first.Designate(Guid.NewGuid(), World.Contact("Holder One"), directorId, new DateOnly(2026, 3, 16), Guid.NewGuid());
        await using (var db = database.CreateDbContext())
        {
            db.Areas.Add(first);
            await db.SaveChangesAsync(token);
        }

        // A second context that never saw the first designation takes seat 1 again, as a lost race would.
        await using var stale = database.CreateDbContext();
        var area = await stale.Areas.Include(a => a.Designations.Where(d => d.Status == DesignationStatus.Removed))
            .SingleAsync(a => a.Id == first.Id, token);
        area.Designate(Guid.NewGuid(), World.Contact("Holder Two"), directorId, new DateOnly(2026, 3, 16), Guid.NewGuid());

        await Assert.ThrowsAsync<DbUpdateException>(() => stale.SaveChangesAsync(token));
    }
}
