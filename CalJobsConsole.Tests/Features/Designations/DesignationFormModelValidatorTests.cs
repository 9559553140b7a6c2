using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Features.Designations;

/// <summary>The shape of Attachment 1 (issue 20): what each kind of form asks, the phone's and username's shapes, the effective date's window.</summary>
public class DesignationFormModelValidatorTests
{
    private static readonly DateOnly Today = World.StartDate;

    private readonly DesignationFormModelValidator _validator = new(Today);

    private static DesignationFormModel Complete(DesignationFormKind kind = DesignationFormKind.Add) => new()
    {
        Kind = kind, FullName = "Avery New", Email = "avery.new@agency.ca.gov", Phone = "(916) 555-0142", Title = "Workforce Services Manager",
        Organisation = "Golden Sierra Job Training Agency", EffectiveOn = Today.ToDateTime(TimeOnly.MinValue), SignatureName = "Dana Director",
        DesignationId = kind == DesignationFormKind.Add ? null : Guid.NewGuid(),
    };

    private IReadOnlyList<string> Failing(DesignationFormModel model) =>
        _validator.Validate(model).Errors.Select(e => e.PropertyName).Distinct().Order().ToList();

    [Theory]
    [InlineData(DesignationFormKind.Add)]
    [InlineData(DesignationFormKind.ChangeContact)]
    [InlineData(DesignationFormKind.Remove)]
    public void Validate_WhenComplete_PassesWithoutAUsername(DesignationFormKind kind) => Assert.Empty(Failing(Complete(kind)));

    [Theory]
    [InlineData(DesignationFormKind.Add)]
    [InlineData(DesignationFormKind.ChangeContact)]
    public void Validate_WhenAnAdditionOrChangeLeavesTheNewFieldsBlank_NamesEach(DesignationFormKind kind)
    {
        var model = Complete(kind);
        (model.Phone, model.Title, model.Organisation, model.EffectiveOn) = (" ", null, "", null);

        Assert.Equal(["EffectiveOn", "Organisation", "Phone", "Title"], Failing(model));
    }

    [Fact]
    public void Validate_WhenARemovalGivesNoEffectiveDate_AsksOnlyForIt()
    {
        var model = new DesignationFormModel { Kind = DesignationFormKind.Remove, DesignationId = Guid.NewGuid(), SignatureName = "Dana Director" };

        Assert.Equal(["EffectiveOn"], Failing(model));
    }

    [Theory]
    [InlineData("555-0142")]
    [InlineData("916 555 014")]
    [InlineData("call me")]
    public void Validate_WhenThePhoneIsNotAPhoneNumber_SaysHowToWriteIt(string phone)
    {
        var model = Complete();
        model.Phone = phone;

        var error = Assert.Single(_validator.Validate(model).Errors);
        Assert.Equal((nameof(DesignationFormModel.Phone), ContactValidation.PhoneMessage), (error.PropertyName, error.ErrorMessage));
    }

    [Fact]
    public void Validate_WhenTheUsernameHasASpace_SaysItsShape()
    {
        var model = Complete();
        model.CalJobsUsername = "avery new";

        Assert.Equal([nameof(DesignationFormModel.CalJobsUsername)], Failing(model));
    }

    [Theory]
    [InlineData(-31, false)]
    [InlineData(-30, true)]
    [InlineData(365, true)]
    [InlineData(366, false)]
    public void Validate_TheEffectiveDate_MayBeAMonthBackAndAYearAhead(int days, bool valid)
    {
        var model = Complete();
        model.EffectiveOn = Today.AddDays(days).ToDateTime(TimeOnly.MinValue);

        Assert.Equal(valid, Failing(model).Count == 0);
    }

    [Fact]
    public void Validate_WithoutToday_ChecksOnlyThatTheEffectiveDateIsGiven()
    {
        var model = Complete();
        model.EffectiveOn = Today.AddDays(-400).ToDateTime(TimeOnly.MinValue);

        Assert.True(new DesignationFormModelValidator().Validate(model).IsValid);
    }

    [Fact]
    public void Validate_WhenTheTitleIsTooLong_SaysSo()
    {
        var model = Complete();
        model.Title = new string('t', DesignationParticulars.MaxTitleLength + 1);

        Assert.Equal([nameof(DesignationFormModel.Title)], Failing(model));
    }
}
