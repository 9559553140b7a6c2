using CalJobsConsole.Domain.Notices;

namespace CalJobsConsole.Tests.Domain.Notices;

/// <summary>COM-1's audiences, in one place: notifications reach MIS Administrators and all WSB staff; the newsletter and the Blue Notice only MIS Administrators and SPOCs.</summary>
public class NoticeAudienceTests
{
    [Fact]
    public void For_Notification_ReachesMisAdministratorsSpocsAndWsbStaff()
    {
        var audience = NoticeAudience.For(NoticeKind.Notification);

        Assert.True(audience.Includes(NoticeStanding.MisAdministrator));
        Assert.True(audience.Includes(NoticeStanding.CalJobsSpoc));
        Assert.True(audience.Includes(NoticeStanding.WsbStaff));
        Assert.Equal("MIS Administrators and all WSB staff", audience.Description);
    }

    [Theory]
    [InlineData(NoticeKind.Newsletter)]
    [InlineData(NoticeKind.BlueNotice)]
    public void For_NewsletterOrBlueNotice_ReachesOnlyMisAdministratorsAndSpocs(NoticeKind kind)
    {
        var audience = NoticeAudience.For(kind);

        Assert.True(audience.Includes(NoticeStanding.MisAdministrator));
        Assert.True(audience.Includes(NoticeStanding.CalJobsSpoc));
        Assert.False(audience.Includes(NoticeStanding.WsbStaff));
        Assert.Equal("MIS Administrators and WSB CalJOBS SPOCs only", audience.Description);
    }
}
