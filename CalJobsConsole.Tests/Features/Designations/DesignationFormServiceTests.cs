using CalJobsConsole.Domain.Signatures;
using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Designations;

/// <summary>Designation forms end to end through the service: DES-1 signers, CAP-1 at submission and recording, removal ending rights.</summary>
public class DesignationFormServiceTests : DesignationServiceTestBase
{
    [Fact]
    public async Task Submit_WhenSignedWithANameThatIsNotTheSigners_IsRefusedWithDes1AndSavesNothing()
    {
        var model = Add("New Admin");
        model.SignatureName = "Morgan MIS";

        var outcome = await Forms(DirectorId).SubmitAsync(World.LocalArea.Id, model, Token);

        var refusal = Assert.Single(outcome.BrokenRules);
        Assert.Equal("DES-1", refusal.Code);
        Assert.Contains("\"Morgan MIS\", is not your name on record; nobody signs a form as another person", refusal.Message);
        Assert.Contains("Type your own full name as the console knows it, \"Dana Director\"", refusal.Message);
        await using var db = Database.CreateDbContext();
        Assert.False(await db.DesignationForms.AnyAsync(Token));
    }

    [Fact]
    public async Task Submit_WhenSignedInTheSignersOwnName_KeepsWhoWhenAndTheStatementVersion()
    {
        var formId = await SubmitAddAsync(World.LocalArea.Id, DirectorId, "New Admin");

        await using var db = Database.CreateDbContext();
        var signature = (await db.DesignationForms.SingleAsync(f => f.Id == formId, Token)).Signature!;
        Assert.Equal((DirectorId, "Dana Director", World.Business.UtcNow), (signature.SignerId, signature.SignerName, signature.SignedAt));
        Assert.Equal(AttestationStatement.DesignationForm, signature.Statement);
    }

    [Fact]
    public async Task Submit_WhenTheLocalAreaHoldsThreeOfThree_IsRefusedWithCap1AfterTheLastSeatWasRecorded()
    {
        var areaId = World.LocalArea.Id;
        await AddAndRecordAsync(areaId, DirectorId, "Second Admin");
        await AddAndRecordAsync(areaId, DirectorId, "Third Admin");
        Assert.Equal(3, await ActiveSeatsAsync(areaId));

        var outcome = await Forms(DirectorId).SubmitAsync(areaId, await Signed(Add("Fourth Admin"), DirectorId), Token);

        Assert.Equal(["CAP-1"], outcome.Codes);
        Assert.Equal(3, await ActiveSeatsAsync(areaId));
    }

    [Fact]
    public async Task Submit_WhenTheDivisionHoldsFiveOfFive_IsRefusedWithCap1()
    {
        var divisionId = World.Division.Id;
        foreach (var name in new[] { "Spoc Two", "Spoc Three", "Spoc Four", "Spoc Five" })
            await AddAndRecordAsync(divisionId, ChiefId, name);
        Assert.Equal(5, await ActiveSeatsAsync(divisionId));

        var outcome = await Forms(ChiefId).SubmitAsync(divisionId, await Signed(Add("Spoc Six"), ChiefId), Token);

        Assert.Equal(["CAP-1"], outcome.Codes);
    }

    [Fact]
    public async Task Record_WhenTwoFormsWereSubmittedForTheLastSeat_RecordsTheFirstAndRefusesTheSecondWithCap1()
    {
        var areaId = World.LocalArea.Id;
        await AddAndRecordAsync(areaId, DirectorId, "Second Admin");
        var first = await SubmitAddAsync(areaId, DirectorId, "Third Admin");
        var second = await SubmitAddAsync(areaId, DirectorId, "Other Third Admin");

        Assert.True((await Forms(OpsId).RecordAsync(first, Token)).Succeeded);
        var outcome = await Forms(OpsId).RecordAsync(second, Token);

        Assert.Equal(["CAP-1"], outcome.Codes);
        Assert.Equal(3, await ActiveSeatsAsync(areaId));
    }

    [Fact]
    public async Task Record_WhenAnAdditionIsRecorded_GivesTheNewConsoleUserTheRoleAndAudits()
    {
        var formId = await SubmitAddAsync(World.LocalArea.Id, DirectorId, "New Admin");

        var outcome = await Forms(OpsId).RecordAsync(formId, Token);

        Assert.True(outcome.Succeeded);
        var scope = await ScopeOfAsync(await UserIdByEmailAsync("new.admin@agency.ca.gov"));
        Assert.Contains(ConsoleRoles.MisAdministrator, scope!.Roles);
        var seat = Assert.Single(scope.Seats);
        Assert.False(seat.IsTrained);
        await using var db = Database.CreateDbContext();
        Assert.True(await db.AuditRecords.AnyAsync(a => a.EntityId == formId && a.Action == "DesignationForm.Recorded", Token));
    }

    [Fact]
    public async Task Record_WhenARemovalIsRecordedThenAnAddition_FreesTheSeatEndsTheRightsAndSeatsTheNewcomer()
    {
        var areaId = World.LocalArea.Id;
        await AddAndRecordAsync(areaId, DirectorId, "Second Admin");
        await AddAndRecordAsync(areaId, DirectorId, "Third Admin");
        var morganDesignation = World.LocalArea.ActiveDesignations.Single(d => d.PersonId == World.MisAdministrator.PersonId).Id;

        var removal = await Forms(DirectorId).SubmitAsync(areaId, await Signed(new DesignationFormModel { Kind = DesignationFormKind.Remove, DesignationId = morganDesignation, Reason = "Left", EffectiveOn = EffectiveToday }, DirectorId), Token);
        Assert.True(removal.Succeeded);
        await using (var db = Database.CreateDbContext())
        {
            var formId = await db.DesignationForms.Where(f => f.Kind == DesignationFormKind.Remove).Select(f => f.Id).SingleAsync(Token);
            Assert.True((await Forms(OpsId).RecordAsync(formId, Token)).Succeeded);
        }

        Assert.Equal(2, await ActiveSeatsAsync(areaId));
        var morgan = await ScopeOfAsync(World.MisAdministrator.PersonId);
        Assert.Empty(morgan!.Seats);
        Assert.DoesNotContain(ConsoleRoles.MisAdministrator, morgan.Roles);

        await AddAndRecordAsync(areaId, DirectorId, "Replacement Admin");
        Assert.Equal(3, await ActiveSeatsAsync(areaId));
    }

    [Fact]
    public async Task Submit_WhenRemovingSomeoneNotDesignated_IsRefusedWithAMessageAndChangesNothing()
    {
        var outcome = await Forms(DirectorId).SubmitAsync(World.LocalArea.Id, await Signed(new DesignationFormModel { Kind = DesignationFormKind.Remove, DesignationId = Guid.NewGuid(), EffectiveOn = EffectiveToday }, DirectorId), Token);

        Assert.Contains("not a designated MIS Administrator", outcome.Problem);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.DesignationForms.CountAsync(Token));
    }

    [Fact]
    public async Task Submit_WhenTheSamePersonIsAddedTwice_IsRefusedWithDes1AndChangesNothing()
    {
        var morganAgain = Add("Morgan MIS");
        morganAgain.Email = "morgan.mis@example.ca.gov";
        var outcome = await Forms(DirectorId).SubmitAsync(World.LocalArea.Id, await Signed(morganAgain, DirectorId), Token);

        Assert.Equal(["DES-1"], outcome.Codes);
        Assert.Contains("already designated", outcome.BrokenRules.Single().Reason);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.DesignationForms.CountAsync(Token));
    }

    [Theory]
    [InlineData("administrator")]
    [InlineData("requestor")]
    [InlineData("other chief")]
    public async Task Submit_WhenTheSignerDoesNotLeadTheArea_IsRefusedWithDes1(string who)
    {
        var signerId = who switch
        {
            "administrator" => World.MisAdministrator.PersonId,
            "requestor" => World.RequestorId,
            _ => ChiefId,
        };

        var outcome = await Forms(signerId).SubmitAsync(World.LocalArea.Id, await Signed(Add("New Admin"), signerId), Token);

        Assert.Equal(["DES-1"], outcome.Codes);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.DesignationForms.CountAsync(Token));
    }

    [Fact]
    public async Task Record_WhenSomeoneOutsideTheOperationsUnitRecords_IsRefusedWithSco1()
    {
        var formId = await SubmitAddAsync(World.LocalArea.Id, DirectorId, "New Admin");

        var outcome = await Forms(DirectorId).RecordAsync(formId, Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
        Assert.Equal(1, await ActiveSeatsAsync(World.LocalArea.Id));
    }

    [Fact]
    public async Task Refuse_WhenTheOperationsUnitGivesAReason_MarksTheFormRefusedAndSeatsNobody()
    {
        var formId = await SubmitAddAsync(World.LocalArea.Id, DirectorId, "New Admin");

        var outcome = await Forms(OpsId).RefuseAsync(formId, "Signature missing", Token);

        Assert.True(outcome.Succeeded);
        Assert.Empty(await Forms(OpsId).QueueAsync(Token));
        Assert.Equal(1, await ActiveSeatsAsync(World.LocalArea.Id));
    }

    [Fact]
    public async Task Submit_WhenComplete_KeepsThePhoneTitleOrganisationUsernameAndEffectiveDateAndListsThemInWords()
    {
        var model = Add("Avery New");
        (model.CalJobsUsername, model.EffectiveOn) = ("avery.new", EffectiveToday.AddDays(14));

        var outcome = await Forms(DirectorId).SubmitAsync(World.LocalArea.Id, await Signed(model, DirectorId), Token);

        Assert.True(outcome.Succeeded, outcome.Problem);
        await using var db = Database.CreateDbContext();
        var form = await db.DesignationForms.SingleAsync(Token);
        Assert.Equal((World.Phone, "Workforce Services Manager", "Golden Sierra Job Training Agency", "avery.new", World.Clock.Today.AddDays(14)),
            (form.Person.Phone, form.Title, form.Organisation, form.CalJobsUsername, form.EffectiveOn));
        var line = Assert.Single((await Forms(DirectorId).AreaAsync(World.LocalArea.Id, Token)).Forms);
        Assert.Equal(
            [("Title", "Workforce Services Manager"), ("Organisation", "Golden Sierra Job Training Agency"), ("Phone", World.Phone),
                ("CalJOBS username", "avery.new"), ("Effective", World.Clock.Today.AddDays(14).ToString("yyyy-MM-dd"))],
            line.Particulars.Select(f => (f.Label, f.Value)));
    }

    [Fact]
    public async Task Submit_WhenTheEffectiveDateIsTwoMonthsBack_IsRefusedNamingTheFieldAndSavesNothing()
    {
        var model = Add("Avery New");
        model.EffectiveOn = EffectiveToday.AddDays(-60);

        var outcome = await Forms(DirectorId).SubmitAsync(World.LocalArea.Id, await Signed(model, DirectorId), Token);

        Assert.Equal("EffectiveOn", outcome.ProblemField);
        await using var db = Database.CreateDbContext();
        Assert.False(await db.DesignationForms.AnyAsync(Token));
    }
}
