using Bunit;
using CalJobsConsole.App.Features.Notices;
using CalJobsConsole.Domain.Notices;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CalJobsConsole.Tests.Components.Notices;

/// <summary>The compose form shows who each kind of notice reaches before it is published (COM-1), and every missing field at once.</summary>
public class ComposeNoticePageTests : ComponentTestContext
{
    private StoredWorld _stored = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _stored = await StoredWorld.CreateAsync(Database);
        SignInAs(_stored.OperationsUnitUserId);
        Services.AddScoped<NoticeService>();
    }

    private IRenderedComponent<ComposeNoticePage> RenderPage()
    {
        Render<MudPopoverProvider>();
        return Render<ComposeNoticePage>();
    }

    private static void Choose(IRenderedComponent<ComposeNoticePage> page, NoticeKind kind) =>
        page.FindAll("#notice-kind input[type=radio]")[(int)kind - 1].Click();

    [Fact]
    public void Render_BeforeAKindIsChosen_SaysWhoEachKindReaches()
    {
        var page = RenderPage();

        var audience = page.Find("#notice-audience").TextContent;
        Assert.Contains("a notification reaches MIS Administrators and all WSB staff", audience);
        Assert.Contains("the newsletter and the Blue Notice reach MIS Administrators and WSB CalJOBS SPOCs only", audience);
    }

    [Theory]
    [InlineData(NoticeKind.Notification, "Reaches: MIS Administrators and all WSB staff (2 people)")]
    [InlineData(NoticeKind.Newsletter, "Reaches: MIS Administrators and WSB CalJOBS SPOCs only (2 people)")]
    [InlineData(NoticeKind.BlueNotice, "Reaches: MIS Administrators and WSB CalJOBS SPOCs only (2 people)")]
    public void ChooseKind_ShowsTheAudienceOfThatKindWithItsHeadcount(NoticeKind kind, string expected)
    {
        var page = RenderPage();

        Choose(page, kind);

        page.WaitForAssertion(() => Assert.Equal(expected, page.Find("#notice-audience").TextContent.Trim()));
        Assert.Equal(kind == NoticeKind.Notification, page.FindAll("#notice-colour").Count == 1);
    }

    [Fact]
    public void Publish_WhenEmpty_ShowsEveryRequiredFieldMessageAndSavesNothing()
    {
        var page = RenderPage();

        page.Find("#notice-publish").Click();

        page.WaitForAssertion(() => Assert.Contains("Choose the kind of notice.", page.Markup));
        Assert.Contains("Enter the title.", page.Markup);
        Assert.Contains("Enter the text of the notice.", page.Markup);
        using var db = Database.CreateDbContext();
        Assert.Equal(0, db.Notices.Count());
    }

    [Fact]
    public void Publish_ANotificationWithoutColour_AsksForTheColour()
    {
        var page = RenderPage();
        Choose(page, NoticeKind.Notification);
        page.WaitForElement("#notice-colour");

        page.Find("#notice-publish").Click();

        page.WaitForAssertion(() => Assert.Contains("Choose the notification's colour: green, red or yellow.", page.Markup));
        Assert.DoesNotContain("Choose the kind of notice.", page.Markup);
    }
}
