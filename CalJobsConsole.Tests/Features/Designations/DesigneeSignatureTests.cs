using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.Domain.Areas;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Designations;

/// <summary>Designees sign for the Director while their nomination is current (DES-1); the Director stays accountable.</summary>
public class DesigneeSignatureTests : DesignationServiceTestBase
{
    private const string DesigneeEmail = "dee.designee@agency.ca.gov";

    private async Task<Guid> NameDesigneeAsync(DateTime? endsOn = null)
    {
        var outcome = await Designees(DirectorId).NameAsync(World.LocalArea.Id,
            new DesigneeModel { FullName = "Dee Designee", Email = DesigneeEmail, EndsOn = endsOn }, Token);
        Assert.True(outcome.Succeeded, outcome.Problem);
        return await UserIdByEmailAsync(DesigneeEmail);
    }

    [Fact]
    public async Task Record_WhenACurrentDesigneeSigned_RecordsTheDesigneeAsActingForTheAccountableDirector()
    {
        var designeeId = await NameDesigneeAsync();
        var formId = await SubmitAddAsync(World.LocalArea.Id, designeeId, "New Admin");

        Assert.True((await Forms(OpsId).RecordAsync(formId, Token)).Succeeded);

        await using var db = Database.CreateDbContext();
        var form = await db.DesignationForms.SingleAsync(f => f.Id == formId, Token);
        Assert.True(form.SignedByDesignee);
        Assert.Equal(designeeId, form.ActedById);
        Assert.Equal(DirectorId, form.AccountableSignerId);
        var designation = await db.Designations.SingleAsync(d => d.Id == form.DesignationId, Token);
        Assert.Equal(designeeId, designation.AddedBy.ActedById);
        Assert.Equal(DirectorId, designation.AddedBy.AccountableSignerId);
        Assert.NotEqual(designation.AddedBy.AccountableSignerId, designation.AddedBy.ActedById);
    }

    [Fact]
    public async Task Submit_WhenTheDesigneeWasWithdrawn_IsRefusedWithDes1()
    {
        var designeeId = await NameDesigneeAsync();
        var designee = (await Designees(DirectorId).ListAsync(World.LocalArea.Id, Token)).Single();
        Assert.True((await Designees(DirectorId).WithdrawAsync(World.LocalArea.Id, designee.Id, Token)).Succeeded);

        var outcome = await Forms(designeeId).SubmitAsync(World.LocalArea.Id, await Signed(Add("New Admin"), designeeId), Token);

        Assert.Equal(["DES-1"], outcome.Codes);
    }

    [Fact]
    public async Task Submit_WhenTheDesigneesNominationEnded_IsRefusedWithDes1()
    {
        var designeeId = await NameDesigneeAsync(endsOn: World.Clock.Today.ToDateTime(TimeOnly.MinValue));
        World.Clock.AdvanceDays(1);

        var outcome = await Forms(designeeId).SubmitAsync(World.LocalArea.Id, await Signed(Add("New Admin"), designeeId), Token);

        Assert.Equal(["DES-1"], outcome.Codes);
    }

    [Fact]
    public async Task Name_WhenSomeoneOtherThanTheDirectorNamesADesignee_IsRefusedWithDes1()
    {
        var outcome = await Designees(ChiefId).NameAsync(World.LocalArea.Id,
            new DesigneeModel { FullName = "Dee Designee", Email = DesigneeEmail }, Token);

        Assert.Equal(["DES-1"], outcome.Codes);
    }

    [Fact]
    public async Task RecordTraining_WhenTheOperationsUnitRecordsIt_TrainsTheAdministrator()
    {
        var formId = await SubmitAddAsync(World.LocalArea.Id, DirectorId, "New Admin");
        Assert.True((await Forms(OpsId).RecordAsync(formId, Token)).Succeeded);
        var seat = (await Register(OpsId).SeatsAsync(Token)).Single(s => s.Name == "New Admin");
        Assert.Null(seat.TrainingCompletedOn);

        var outcome = await Register(OpsId).RecordTrainingAsync(seat.DesignationId, World.Clock.Today, Token);

        Assert.True(outcome.Succeeded);
        var scope = await ScopeOfAsync(await UserIdByEmailAsync("new.admin@agency.ca.gov"));
        Assert.True(scope!.Seats.Single().IsTrained);
    }

    [Fact]
    public async Task RecordTraining_WhenADirectorTries_IsRefusedWithSco1()
    {
        var outcome = await Register(DirectorId).RecordTrainingAsync(
            World.LocalArea.ActiveDesignations.Single().Id, World.Clock.Today, Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
    }
}
