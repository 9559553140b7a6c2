using Bunit;
using CalJobsConsole.App.Features.DataChanges;
using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Components.DataChanges;

/// <summary>The data change request form (DCR-1): every missing field shown at once, an SSN refused on its field, nothing handed on.</summary>
public class DataChangeRequestFormTests : ComponentTestContext
{
    private readonly List<DataChangeRequestModel> _filed = [];

    private IRenderedComponent<DataChangeRequestForm> RenderForm() =>
        Render<DataChangeRequestForm>(p => p
            .Add(x => x.Places, [new DataChangePlace(Guid.NewGuid(), Guid.NewGuid(), "Auburn AJCC (Golden Sierra)")])
            .Add(x => x.OnValid, model =>
            {
                _filed.Add(model);
                return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
            }));

    [Fact]
    public void Submit_WhenTheFormIsEmpty_ShowsEveryRequiredFieldMessageAndFilesNothing()
    {
        var form = RenderForm();

        form.Find("#dcr-submit").Click();

        form.WaitForAssertion(() => Assert.Contains("Choose the office whose participant record is to change.", form.Markup));
        Assert.Contains("Enter the CalJOBS participant record ID.", form.Markup);
        Assert.Contains("Name the field or fields to change.", form.Markup);
        Assert.Contains("Enter the value the record should hold.", form.Markup);
        Assert.Contains("Explain why the data must change.", form.Markup);
        Assert.Empty(_filed);
    }

    [Fact]
    public void Submit_WhenTheReferenceIsAnSsn_ShowsTheSsnMessageOnThatField()
    {
        var form = RenderForm();
        form.Find("#dcr-reference").Change("123-45-6789");
        form.Find("#dcr-field").Change("Date of birth");

        form.Find("#dcr-submit").Click();

        form.WaitForAssertion(() => Assert.Contains(SocialSecurityNumberShape.MessageFor("The participant record reference"), form.Markup));
        Assert.DoesNotContain("Enter the CalJOBS participant record ID.", form.Markup);
        Assert.DoesNotContain("Name the field or fields to change.", form.Markup);
        Assert.Empty(_filed);
    }

    [Fact]
    public void Submit_WhenTheReasonHoldsNineDigits_ShowsTheSsnMessageOnTheReason()
    {
        var form = RenderForm();
        form.Find("#dcr-reason").Change("Participant gave 123456789 at intake.");

        form.Find("#dcr-submit").Click();

        form.WaitForAssertion(() => Assert.Contains(SocialSecurityNumberShape.MessageFor("The reason"), form.Markup));
        Assert.Empty(_filed);
    }

    [Fact]
    public void Validate_WhenTheReferenceIsAnOrdinaryNumericRecordId_AcceptsIt()
    {
        var result = new DataChangeRequestModelValidator().Validate(FluentValidation.ValidationContext<DataChangeRequestModel>.CreateWithOptions(
            new DataChangeRequestModel { ParticipantReference = "4821937" }, o => o.IncludeProperties(nameof(DataChangeRequestModel.ParticipantReference))));

        Assert.True(result.IsValid);
    }
}
