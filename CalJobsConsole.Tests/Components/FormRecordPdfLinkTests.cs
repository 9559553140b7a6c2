using Bunit;
using CalJobsConsole.App.Features.Inbox;
using CalJobsConsole.App.Features.Records;
using CalJobsConsole.Tests.Support;
using MudBlazor;

namespace CalJobsConsole.Tests.Components;

/// <summary>"Download the PDF record" (issue 20): an underlined link to the form's record, named for what it downloads, on the form's page.</summary>
public class FormRecordPdfLinkTests : ComponentTestContext
{
    [Fact]
    public void Render_Always_LinksToTheRecordAsADownloadWhoseAccessibleNameHoldsItsVisibleText()
    {
        var id = Guid.NewGuid();

        var link = Render<FormRecordLink>(p => p
            .Add(x => x.Kind, FormRecordKind.DesignationForm).Add(x => x.Id, id).Add(x => x.Of, "the Add form for Zoë Ñandú")).Find("a");

        Assert.Equal($"records/designation-forms/{id}.pdf", link.GetAttribute("href"));
        Assert.Equal($"attachment-1-designation-form-{id}.pdf", link.GetAttribute("download"));
        Assert.Contains("mud-link-underline-always", link.ClassList);
        Assert.Equal("Download the PDF record", link.TextContent.Trim());
        Assert.Equal("Download the PDF record of the Add form for Zoë Ñandú", link.GetAttribute("aria-label"));
        Assert.Contains(link.TextContent.Trim(), link.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task InboxRequestPage_WhenTheRequestIsTheAdministrators_OffersItsPdfRecord()
    {
        var stored = await StoredWorld.CreateAsync(Database);
        var request = stored.World.Submit(stored.World.NewAccountForm());
        await using (var db = Database.CreateDbContext())
        {
            db.AccessRequests.Add(request);
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        SignInAs(stored.World.MisAdministrator.PersonId);
        Render<MudPopoverProvider>();

        var page = Render<InboxRequestPage>(p => p.Add(x => x.RequestId, request.Id));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("a[data-record-kind=access-requests]")));
        Assert.Equal(FormRecordKind.AccessRequest.DownloadUrl(request.Id), page.Find("a[data-record-kind=access-requests]").GetAttribute("href"));
    }
}
