using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Tests.Features.Designations;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Concurrency;

/// <summary>DES-1 under a race: two Operations Unit officers decide one designation form at once; one decision stands.</summary>
public class DesignationFormDecisionConcurrencyTests : DesignationServiceTestBase
{
    public static TheoryData<int> Rounds => new(Enumerable.Range(1, 3));

    [Theory]
    [MemberData(nameof(Rounds))]
    public async Task RecordAndRefuse_WhenBothDecideOneFormAtOnce_OneWinsAndTheOtherIsToldItChanged(int round)
    {
        var areaId = World.LocalArea.Id;
        var formId = await SubmitAddAsync(areaId, DirectorId, $"Contested Admin {round}");
        var seatsBefore = await ActiveSeatsAsync(areaId);
        using var race = new RacingContexts(Database, writers: 2, RacingContexts.Changes<DesignationForm>);
        var forms = new DesignationFormService(race, SignedIn.ScopeFor(Database, OpsId), new DesignationRecorder(race), World.Business,
            TestInvitations.Sender(World.Business), TestFiling.In(Database, World.Business));

        var outcomes = await Task.WhenAll(
            Task.Run(() => forms.RecordAsync(formId, Token), Token),
            Task.Run(() => forms.RefuseAsync(formId, "Not signed by the Director.", Token), Token));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.Single(outcomes, o => o.WasChanged);
        await using var db = Database.CreateDbContext();
        var form = await db.DesignationForms.SingleAsync(f => f.Id == formId, Token);
        var recorded = outcomes[0].Succeeded;
        Assert.Equal(recorded ? DesignationFormStatus.Recorded : DesignationFormStatus.Refused, form.Status);
        Assert.Equal(recorded ? seatsBefore + 1 : seatsBefore, await ActiveSeatsAsync(areaId));
        Assert.Equal(1, await db.AuditRecords.CountAsync(r => r.EntityId == formId
            && (r.Action == "DesignationForm.Recorded" || r.Action == "DesignationForm.Refused"), Token));
    }
}
