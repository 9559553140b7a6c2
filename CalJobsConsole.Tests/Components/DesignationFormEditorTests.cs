using Bunit;
using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Components;

/// <summary>The designation form (Attachment 1) checks its shape with its FluentValidation validator before anything is submitted.</summary>
public class DesignationFormEditorTests : ComponentTestContext
{
    private readonly List<DesignationFormModel> _submitted = [];

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
        Assert.Contains("Enter the administrator's work e-mail.", editor.Markup);
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
        editor.Find("#form-signature").Change("Dana Director");

        Submit(editor);

        editor.WaitForAssertion(() => Assert.Single(_submitted));
        Assert.Equal(DesignationFormKind.Add, _submitted[0].Kind);
        Assert.Equal("avery.new@agency.ca.gov", _submitted[0].Email);
        Assert.Equal("Dana Director", _submitted[0].SignatureName);
    }

    [Fact]
    public void Validate_WhenARemovalNamesNoAdministrator_SaysToChooseOne()
    {
        var result = new DesignationFormModelValidator().Validate(new DesignationFormModel { Kind = DesignationFormKind.Remove, SignatureName = "Dana Director" });

        Assert.Equal(["Choose the administrator this form is about."], result.Errors.Select(e => e.ErrorMessage));
    }
}
