using Bunit;
using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Components;

/// <summary>The designation form (Attachment 1) checks its shape with its FluentValidation validator before anything is submitted.</summary>
public class DesignationFormEditorTests : ComponentTestContext
{
    private readonly List<DesignationFormModel> _submitted = [];

    public DesignationFormEditorTests() => Services.AddSingleton(Clock.Business);

    private IRenderedComponent<DesignationFormEditor> RenderEditor() =>
        Render<DesignationFormEditor>(p => p
            .Add(x => x.Seats, [new SeatLine(Guid.NewGuid(), Guid.NewGuid(), "Capital Region", 1, "Parker Wong", "parker@agency.ca.gov", null)])
            .Add(x => x.OnSubmit, model => { _submitted.Add(model); return Task.FromResult(true); }));

    private static void Submit(IRenderedComponent<DesignationFormEditor> editor) =>
        editor.FindAll("button").Single(b => b.TextContent.Contains("Sign and submit")).Click();

    [Fact]
    public void Submit_WhenAnAddFormIsEmpty_ShowsTheNameAndEmailMessagesAndSubmitsNothing()
    {
        var editor = RenderEditor();

        Submit(editor);

        editor.WaitForAssertion(() => Assert.Contains("Enter the administrator's full name.", editor.Markup));
        foreach (var message in new[]
                 {
                     "Enter the administrator's work e-mail.", "Enter the administrator's work phone.", "Enter the administrator's title.",
                     "Enter the organisation the administrator works for.", "Enter the date the change takes effect.",
                 })
            Assert.Contains(message, editor.Markup);
        Assert.Empty(_submitted);
    }

    [Fact]
    public void Render_WhenAnAddFormIsOpen_LabelsEveryFieldOfAttachment1WithNoLabelInsideAnother()
    {
        var editor = RenderEditor();

        var labels = editor.FindAll("label").Select(l => l.TextContent.Trim()).Where(l => l.Length > 0).ToList();

        foreach (var label in new[] { "Full name", "E-mail", "Phone", "Title", "Organisation", "CalJOBS username (if they have one)", "Effective date" })
            Assert.Contains(label, labels);
        foreach (var label in labels)
            Assert.DoesNotContain(labels, other => other != label && other.Contains(label, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Submit_WhenThePhoneHasNoAreaCodeAndTheUsernameASpace_SaysHowToWriteEach()
    {
        var editor = RenderEditor();
        editor.Find("#form-phone").Change("555-0142");
        editor.Find("#form-caljobs-username").Change("avery new");

        Submit(editor);

        editor.WaitForAssertion(() => Assert.Contains("Enter a phone number with its area code", editor.Markup));
        Assert.Contains("A CalJOBS username has 3 to 64 letters", editor.Markup);
        Assert.Empty(_submitted);
    }

    [Fact]
    public void Submit_WhenTheEffectiveDateIsTwoMonthsBack_SaysTheWindowBesideTheField()
    {
        var editor = RenderEditor();
        editor.Find("#form-effective").Change(Clock.Today.AddDays(-60).ToString("yyyy-MM-dd"));

        Submit(editor);

        editor.WaitForAssertion(() => Assert.Contains("The effective date can be at most 30 days before today", editor.Markup));
        Assert.Empty(_submitted);
    }

    [Fact]
    public void Submit_WhenTheEmailHasNoAt_ShowsTheEmailFormatMessage()
    {
        var editor = RenderEditor();
        editor.Find("#form-full-name").Change("Avery New");
        editor.Find("#form-email").Change("avery.agency.ca.gov");

        Submit(editor);

        editor.WaitForAssertion(() => Assert.Contains("Enter an e-mail address with one '@'", editor.Markup));
        Assert.DoesNotContain("Enter the administrator's full name.", editor.Markup);
        Assert.Empty(_submitted);
    }

    [Fact]
    public void Submit_WhenTheAddFormIsComplete_HandsTheModelOn()
    {
        var editor = RenderEditor();
        editor.Find("#form-full-name").Change("Avery New");
        editor.Find("#form-email").Change("avery.new@agency.ca.gov");
        editor.Find("#form-phone").Change("916-555-0142");
        editor.Find("#form-title").Change("Workforce Services Manager");
        editor.Find("#form-organisation").Change("Capital Region Workforce Board");
        editor.Find("#form-effective").Change(Clock.Today.ToString("yyyy-MM-dd"));
        editor.Find("#form-signature").Change("Dana Director");

        Submit(editor);

        editor.WaitForAssertion(() => Assert.Single(_submitted));
        Assert.Equal(DesignationFormKind.Add, _submitted[0].Kind);
        Assert.Equal("avery.new@agency.ca.gov", _submitted[0].Email);
        Assert.Equal(("916-555-0142", "Workforce Services Manager", "Capital Region Workforce Board", null, Clock.Today.ToDateTime(TimeOnly.MinValue)),
            (_submitted[0].Phone, _submitted[0].Title, _submitted[0].Organisation, _submitted[0].CalJobsUsername, _submitted[0].EffectiveOn));
        Assert.Equal("Dana Director", _submitted[0].SignatureName);
    }

    [Fact]
    public void Validate_WhenARemovalNamesNoAdministrator_SaysToChooseOne()
    {
        var result = new DesignationFormModelValidator().Validate(new DesignationFormModel
        {
            Kind = DesignationFormKind.Remove, SignatureName = "Dana Director", EffectiveOn = Clock.Today.ToDateTime(TimeOnly.MinValue),
        });

        Assert.Equal(["Choose the administrator this form is about."], result.Errors.Select(e => e.ErrorMessage));
    }
}
