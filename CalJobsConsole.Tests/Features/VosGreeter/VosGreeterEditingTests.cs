using CalJobsConsole.App.Features.VosGreeter;
using CalJobsConsole.Domain.VosGreeter;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.VosGreeter;

/// <summary>VOS-1 on the server: who edits each office's check-in reasons, scope (SCO-1), and bad input saving nothing.</summary>
public class VosGreeterEditingTests : VosGreeterServiceTestBase
{
    [Fact]
    public async Task AddReason_OfficeWithoutTitleI_MisAdministratorIsRefusedAndItsSpocAdds()
    {
        var mis = await Service(Mis).AddReasonAsync(OfficeWithoutTitleI, Reason("UI claim help", CheckInProgram.General), Token);
        var spoc = await Service(Spoc).AddReasonAsync(OfficeWithoutTitleI, Reason("Job search help", CheckInProgram.WagnerPeyser), Token);

        Assert.Equal(["VOS-1"], mis.Codes);
        Assert.Contains("CalJOBS SPOC of WSB Northern Division", mis.BrokenRules[0].Remedy);
        Assert.True(spoc.Succeeded);
        var view = await Service(Spoc).OfficeAsync(OfficeWithoutTitleI, Token);
        Assert.Equal(["Job search help"], view.Reasons.Select(r => r.Label));
        Assert.True(view.MayEdit);
    }

    [Fact]
    public async Task AddReason_TitleIOffice_SpocIsRefusedAndToldToPropose()
    {
        var spoc = await Service(Spoc).AddReasonAsync(TitleIOffice, Reason("Veterans", CheckInProgram.Veterans), Token);

        Assert.Equal(["VOS-1"], spoc.Codes);
        Assert.Equal("Propose the reason to the MIS Administrator of Golden Sierra, who accepts it.", spoc.BrokenRules[0].Remedy);
        var view = await Service(Spoc).OfficeAsync(TitleIOffice, Token);
        Assert.Equal(CheckInPart.Propose, view.Office.YourPart);
        Assert.Empty(view.Reasons);
    }

    [Fact]
    public async Task AddReason_ByAnotherAreasMisAdministrator_IsRefusedWithSco1()
    {
        var outcome = await Service(OtherAreaMis.PersonId).AddReasonAsync(TitleIOffice, Reason("WIOA", CheckInProgram.WioaTitleI), Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
        await Assert.ThrowsAsync<CalJobsConsole.Domain.Common.BusinessRuleViolationException>(() => Service(OtherAreaMis.PersonId).OfficeAsync(TitleIOffice, Token));
        await using var db = Database.CreateDbContext();
        Assert.False(await db.CheckInSetups.AnyAsync(Token));
    }

    [Fact]
    public async Task AddReason_WithoutLabelOrProgram_ShowsBothAndSavesNothing()
    {
        var outcome = await Service(Mis).AddReasonAsync(TitleIOffice, Reason(" ", null), Token);

        Assert.False(outcome.Succeeded);
        Assert.Contains("Enter the label visitors see.", outcome.Problem);
        Assert.Contains("Choose the program the reason leads to.", outcome.Problem);
        await using var db = Database.CreateDbContext();
        Assert.False(await db.CheckInSetups.AnyAsync(Token));
    }

    [Fact]
    public async Task EditingTheList_AsMisAdministrator_IsSavedInOrder()
    {
        var service = Service(Mis);
        await service.AddReasonAsync(TitleIOffice, Reason("First", CheckInProgram.General), Token);
        await service.AddReasonAsync(TitleIOffice, Reason("Second", CheckInProgram.WioaTitleI), Token);
        await service.AddReasonAsync(TitleIOffice, Reason("Third", CheckInProgram.General), Token);
        var ids = (await service.OfficeAsync(TitleIOffice, Token)).Reasons.Select(r => r.Id).ToList();

        Assert.True((await service.MoveReasonAsync(TitleIOffice, ids[2], up: true, Token)).Succeeded);
        Assert.True((await service.RenameReasonAsync(TitleIOffice, ids[1], new RenameReasonModel { Label = "Second, renamed" }, Token)).Succeeded);
        Assert.True((await service.SetReasonActiveAsync(TitleIOffice, ids[0], active: false, Token)).Succeeded);
        Assert.True((await service.RemoveReasonAsync(TitleIOffice, ids[2], Token)).Succeeded);

        var view = await service.OfficeAsync(TitleIOffice, Token);
        Assert.Equal(["First", "Second, renamed"], view.Reasons.Select(r => r.Label));
        Assert.Equal([1, 2], view.Reasons.Select(r => r.Position));
        Assert.False(view.Reasons[0].IsActive);
        await using var db = Database.CreateDbContext();
        Assert.Equal(7, await db.AuditRecords.CountAsync(a => a.Action.StartsWith("CheckInReason."), Token));
    }

    [Fact]
    public async Task Offices_ForEachReader_ListsTheirScopeWithTheirPart()
    {
        var mis = await Service(Mis).OfficesAsync(Token);
        var narrow = await Service(NarrowSpoc.PersonId).OfficesAsync(Token);
        var ops = await Service(Stored.OperationsUnitUserId).OfficesAsync(Token);

        Assert.Equal([(TitleIOffice, CheckInPart.Edit), (OfficeWithoutTitleI, CheckInPart.View)],
            mis.OrderBy(o => o.Name).Select(o => (o.OfficeId, o.YourPart)));
        Assert.Equal([(OfficeWithoutTitleI, CheckInPart.Edit)], narrow.Select(o => (o.OfficeId, o.YourPart)));
        Assert.Equal(3, ops.Count);
        Assert.All(ops, o => Assert.Equal(CheckInPart.View, o.YourPart));
        Assert.Equal("CalJOBS SPOC of WSB Northern Division", ops.Single(o => o.OfficeId == OfficeWithoutTitleI).SetUpBy);
    }

    [Fact]
    public async Task AddReason_ByTheOperationsUnitOrADirector_IsRefusedWithSco1()
    {
        var ops = await Service(Stored.OperationsUnitUserId).AddReasonAsync(TitleIOffice, Reason("X", CheckInProgram.General), Token);

        Assert.Equal(["SCO-1"], ops.Codes);
        await Assert.ThrowsAsync<CalJobsConsole.Domain.Common.BusinessRuleViolationException>(() =>
            Service(CalJobsConsole.Tests.Support.World.LocalDirectorId).OfficesAsync(Token));
    }
}
