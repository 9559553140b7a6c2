using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Areas;

/// <summary>
/// Issue 20's fuller Attachment 1: the person's phone, title and organisation, their CalJOBS username when they have one, and the
/// effective date. Each missing or misshapen field is refused as bad input naming the field.
/// </summary>
public class DesignationParticularsTests
{
    private readonly World _world = new();

    private DateOnly Today => _world.Clock.Today;

    private DesignationForm Add(DesignationParticulars particulars, string? phone = World.Phone) =>
        DesignationForm.SubmitAddition(_world.LocalArea, ContactDetails.Create("Avery New", "avery.new@example.ca.gov", phone), particulars,
            TestSignatures.Designation(World.LocalDirectorId), Today);

    private DesignationForm Remove(DateOnly? effectiveOn) =>
        DesignationForm.SubmitRemoval(_world.LocalArea, _world.LocalArea.ActiveDesignations.Single().Id, "Left", effectiveOn,
            TestSignatures.Designation(World.LocalDirectorId), Today);

    [Fact]
    public void SubmitAddition_WhenComplete_KeepsTheParticularsAsGiven()
    {
        var form = Add(new DesignationParticulars(" Workforce Services Manager ", "Golden Sierra JTA", "avery.new", Today.AddDays(14)));

        Assert.Equal("Workforce Services Manager", form.Title);
        Assert.Equal("Golden Sierra JTA", form.Organisation);
        Assert.Equal("avery.new", form.CalJobsUsername);
        Assert.Equal(Today.AddDays(14), form.EffectiveOn);
        Assert.Equal(World.Phone, form.Person.Phone);
        Assert.True(form.AskedParticulars);
    }

    [Fact]
    public void SubmitAddition_WhenTheUsernameIsBlank_KeepsNoneForAPersonWithoutACalJobsAccount()
    {
        var form = Add(_world.Particulars(calJobsUsername: "  "));

        Assert.Null(form.CalJobsUsername);
    }

    [Theory]
    [InlineData(null, "Phone")]
    [InlineData("555-0100", "Phone")]
    [InlineData("call the front desk", "Phone")]
    public void SubmitAddition_WhenThePhoneIsMissingOrMisshapen_IsRefusedNamingPhone(string? phone, string field)
    {
        var ex = Assert.Throws<InvalidInputException>(() => Add(_world.Particulars(), phone));

        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void SubmitAddition_WhenTheTitleIsMissing_IsRefusedNamingTitle()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Add(_world.Particulars() with { Title = " " }));

        Assert.Equal(nameof(DesignationForm.Title), ex.Field);
    }

    [Fact]
    public void SubmitAddition_WhenTheOrganisationIsTooLong_IsRefusedNamingOrganisation()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            Add(_world.Particulars() with { Organisation = new string('o', DesignationParticulars.MaxOrganisationLength + 1) }));

        Assert.Equal(nameof(DesignationForm.Organisation), ex.Field);
    }

    [Fact]
    public void SubmitAddition_WhenTheCalJobsUsernameHasASpace_IsRefusedNamingCalJobsUsername()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Add(_world.Particulars(calJobsUsername: "avery new")));

        Assert.Equal(nameof(DesignationForm.CalJobsUsername), ex.Field);
    }

    [Fact]
    public void SubmitAddition_WhenTheEffectiveDateIsMissing_IsRefusedNamingEffectiveOn()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Add(_world.Particulars() with { EffectiveOn = null }));

        Assert.Equal(nameof(DesignationForm.EffectiveOn), ex.Field);
    }

    [Theory]
    [InlineData(-DesignationParticulars.MaxDaysBack - 1)]
    [InlineData(DesignationParticulars.MaxDaysAhead + 1)]
    public void SubmitAddition_WhenTheEffectiveDateIsOutsideTheWindow_IsRefusedNamingEffectiveOn(int days)
    {
        var ex = Assert.Throws<InvalidInputException>(() => Add(_world.Particulars() with { EffectiveOn = Today.AddDays(days) }));

        Assert.Equal(nameof(DesignationForm.EffectiveOn), ex.Field);
        Assert.Contains("at most 30 days before the signing", ex.Problem);
    }

    [Theory]
    [InlineData(-DesignationParticulars.MaxDaysBack)]
    [InlineData(DesignationParticulars.MaxDaysAhead)]
    public void SubmitAddition_WhenTheEffectiveDateIsAtTheEdgeOfTheWindow_IsSubmitted(int days) =>
        Assert.Equal(Today.AddDays(days), Add(_world.Particulars() with { EffectiveOn = Today.AddDays(days) }).EffectiveOn);

    [Fact]
    public void SubmitContactChange_WhenTheNewContactHasNoPhone_IsRefusedNamingPhone()
    {
        var seat = _world.LocalArea.ActiveDesignations.Single();

        var ex = Assert.Throws<InvalidInputException>(() => DesignationForm.SubmitContactChange(_world.LocalArea, seat.Id,
            ContactDetails.Create("Morgan Renamed", "morgan.renamed@example.ca.gov"), _world.Particulars(), TestSignatures.Designation(World.LocalDirectorId), Today));

        Assert.Equal("Phone", ex.Field);
    }

    [Fact]
    public void SubmitRemoval_WhenComplete_KeepsOnlyTheEffectiveDate()
    {
        var form = Remove(Today.AddDays(-3));

        Assert.Equal(Today.AddDays(-3), form.EffectiveOn);
        Assert.Null(form.Title);
        Assert.Null(form.Organisation);
        Assert.Null(form.CalJobsUsername);
    }

    [Fact]
    public void SubmitRemoval_WhenTheEffectiveDateIsMissing_IsRefusedNamingEffectiveOn()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Remove(null));

        Assert.Equal(nameof(DesignationForm.EffectiveOn), ex.Field);
    }

    [Fact]
    public void SubmitAddition_WhenTheSignerMayNotSignAndTheFormIsIncomplete_IsRefusedWithDes1First()
    {
        var ex = Assert.Throws<BusinessRuleViolationException>(() => DesignationForm.SubmitAddition(_world.LocalArea,
            ContactDetails.Create("Avery New", "avery.new@example.ca.gov"), _world.Particulars() with { Title = null },
            TestSignatures.Designation(World.DivisionChiefId), Today));

        Assert.Equal(["DES-1"], ex.Codes);
    }
}
