using Bunit;
using CalJobsConsole.App.Features.Requests;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;
using MudBlazor;

namespace CalJobsConsole.Tests.Components;

/// <summary>The request form (Attachment 3) shows every shape problem beside its field and hands nothing on.</summary>
public class RequestFormEditorTests : ComponentTestContext
{
    private readonly List<RequestFormModel> _submitted = [];

    private static readonly IntakeOptions Options = new(
        [new OfficeOption(Guid.NewGuid(), "Auburn AJCC", "Golden Sierra", "WSB Northern Division")],
        [new GroupOption(Guid.NewGuid(), "LWIA/CBO Staff")],
        [new StaffOption(Guid.NewGuid(), "Sam Santos", "sam@example.ca.gov", "sam.santos", StaffKind.NonEdd, Guid.NewGuid(), false)]);

    private IRenderedComponent<RequestFormEditor> RenderEditor(RequestFormModel model, IReadOnlyDictionary<string, string>? serverErrors = null)
    {
        Render<MudPopoverProvider>();
        return Render<RequestFormEditor>(p => p
            .Add(x => x.Options, Options)
            .Add(x => x.Model, model)
            .Add(x => x.ServerErrors, serverErrors ?? new Dictionary<string, string>())
            .Add(x => x.OnSubmit, m => { _submitted.Add(m); return Task.CompletedTask; }));
    }

    private static void Submit(IRenderedComponent<RequestFormEditor> editor) =>
        editor.FindAll("button").Single(b => b.TextContent.Contains("Submit request")).Click();

    [Fact]
    public void Submit_WhenANewAccountFormIsEmpty_ShowsEveryMessageAndSubmitsNothing()
    {
        var editor = RenderEditor(new RequestFormModel());

        Submit(editor);

        editor.WaitForAssertion(() => Assert.Contains("Enter the staff member's full name.", editor.Markup));
        Assert.Contains("Enter the staff member's work e-mail.", editor.Markup);
        Assert.Contains("Choose EDD or non-EDD staff.", editor.Markup);
        Assert.Contains("Choose the staff member's office.", editor.Markup);
        Assert.Contains("Choose the privilege group requested.", editor.Markup);
        Assert.Contains("Enter the most recent ISPA training date.", editor.Markup);
        Assert.Contains("Confirm the staff member's business need.", editor.Markup);
        foreach (var message in new[] { "Enter the staff member's job title.", "Enter the staff member's work phone.", "Enter your title.", "Enter your work phone." })
            Assert.Contains(message, editor.Markup);
        Assert.Empty(_submitted);
    }

    [Fact]
    public void Render_WhenANewAccountFormIsOpen_LabelsEachPhoneAndTitleDistinctly()
    {
        var editor = RenderEditor(new RequestFormModel());

        var labels = editor.FindAll("label").Select(l => l.TextContent.Trim()).Where(l => l.Length > 0).ToList();

        foreach (var label in new[] { "Staff member's job title", "Staff member's phone", "Requestor's title", "Requestor's phone" })
            Assert.Single(labels, l => l.Contains(label, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Render_WhenAResetFormIsOpen_OffersTheStaffJobDetailsAsOptional()
    {
        var editor = RenderEditor(new RequestFormModel { Kind = AccessRequestKind.PasswordReset });

        var labels = editor.FindAll("label").Select(l => l.TextContent.Trim()).ToList();

        Assert.Contains("Staff member's job title (optional)", labels);
        Assert.Contains("Staff member's phone (optional)", labels);
    }

    [Fact]
    public void Render_WhenTheServerNamedTheRequestorsPhone_ShowsItsMessageBesideIt()
    {
        var editor = RenderEditor(new RequestFormModel(), new Dictionary<string, string> { [nameof(RequestFormModel.RequestorPhone)] = "'555' is not a phone number." });

        Assert.Contains("'555' is not a phone number.", editor.Find("#request-requestor-phone").ParentElement!.ParentElement!.ParentElement!.TextContent);
    }

    [Fact]
    public void Submit_WhenADeactivationFormIsEmpty_AsksForTheAccountAndSeparationDate()
    {
        var editor = RenderEditor(new RequestFormModel { Kind = AccessRequestKind.Deactivation });

        Submit(editor);

        editor.WaitForAssertion(() => Assert.Contains("Choose the staff account this request is for.", editor.Markup));
        Assert.Contains("Enter the separation or deactivation date.", editor.Markup);
        Assert.DoesNotContain("Choose the privilege group requested.", editor.Markup);
        Assert.Empty(_submitted);
    }

    [Fact]
    public void Render_WhenTheServerNamedAField_ShowsItsMessageBesideTheField()
    {
        var editor = RenderEditor(new RequestFormModel(), new Dictionary<string, string> { [nameof(RequestFormModel.IspaCompletedOn)] = "cannot be in the future." });

        Assert.Contains("cannot be in the future.", editor.Markup);
    }
}
