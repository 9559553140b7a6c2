using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.Domain.Areas;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Designations;

/// <summary>CAP-1 under concurrent recordings: two forms for the last seat recorded at once, each on its own context.</summary>
public class DesignationFormConcurrencyTests : DesignationServiceTestBase
{
    public static TheoryData<int> Rounds => new(Enumerable.Range(1, 10));

    [Theory]
    [MemberData(nameof(Rounds))]
    public async Task Record_WhenTwoFormsForTheLastSeatAreRecordedAtOnce_ExactlyOneSucceedsAndTheOtherMeetsCap1(int round)
    {
        var areaId = World.LocalArea.Id;
        await AddAndRecordAsync(areaId, DirectorId, $"Second Admin {round}");
        var first = await SubmitAddAsync(areaId, DirectorId, "Racer One");
        var second = await SubmitAddAsync(areaId, DirectorId, "Racer Two");
        using var start = new ManualResetEventSlim(false);

        var recordings = new[] { first, second }.Select(formId => Task.Run(async () =>
        {
            start.Wait(Token);
            return await Forms(OpsId).RecordAsync(formId, Token);
        }, Token)).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(recordings);

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.Single(outcomes, o => o.Codes.SequenceEqual(["CAP-1"]));
        Assert.Equal(3, await ActiveSeatsAsync(areaId));
        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.DesignationForms.CountAsync(f => f.Status == DesignationFormStatus.Submitted, Token));
    }
}
