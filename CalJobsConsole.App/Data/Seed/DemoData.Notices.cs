using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Notices;

namespace CalJobsConsole.App.Data.Seed;

/// <summary>
/// One notice of each kind (COM-1): a yellow notification that reached the administrators and the WSB staff, a newsletter and
/// a Blue Notice that reached only the administrators and SPOCs. Some are read; the Northern Division's SPOC relayed the newsletter.
/// </summary>
internal sealed partial class DemoData
{
    public List<Notice> Notices { get; } = [];

    private void BuildNotices()
    {
        var readers = DemoNoticeReaders();

        var notification = Notice.Publish(NoticeKind.Notification, NoticeColour.Yellow, "Scheduled CalJOBS maintenance this Saturday",
            "CalJOBS will be unavailable on Saturday from 6 a.m. to noon for scheduled maintenance. Please let jobseekers and employers know.",
            _operationsUnit.Id, readers, On(DaysAgo(9), 9));
        notification.MarkRead(_morgan.PersonId, On(DaysAgo(9), 11));
        notification.MarkRead(_patOkafor.Id, On(DaysAgo(8), 8));

        var newsletter = Notice.Publish(NoticeKind.Newsletter, null, "EDD CalJOBS Updates Newsletter",
            "In this issue: the new VOSGreeter check-in reasons, reminders on annual account renewals, and the updated Issue Reporting Form.",
            _operationsUnit.Id, readers, On(DaysAgo(6), 9));
        newsletter.MarkRead(_morgan.PersonId, On(DaysAgo(6), 10));
        newsletter.MarkRead(_sky.PersonId, On(DaysAgo(5), 9));
        newsletter.RecordRelay(_sky.PersonId, new NoticeReader(_sky.PersonId, _northern.Id, NoticeStanding.CalJobsSpoc), _northern.Id,
            "Forwarded to the division's front-line staff and discussed at the Monday team meeting.", On(DaysAgo(5), 10));

        Notices.AddRange([notification, newsletter,
            Notice.Publish(NoticeKind.BlueNotice, null, "Blue Notice for New OPCs",
                "New One-Stop Operator Coordinators: how to request staff accounts, where the privilege groups are listed, and whom to ask.",
                _operationsUnit.Id, readers, On(DaysAgo(1), 9))]);
    }

    /// <summary>The administrators (every active seat) and the WSB staff (accounts in a division, not suspended or closed), as the console counts them.</summary>
    private List<NoticeReader> DemoNoticeReaders() =>
        Areas.SelectMany(a => a.ActiveDesignations.Select(d => new NoticeReader(d.PersonId, a.Id,
                d.Role == AdministratorRole.MisAdministrator ? NoticeStanding.MisAdministrator : NoticeStanding.CalJobsSpoc)))
            .Concat(Accounts.Where(a => Areas.Single(x => x.Id == a.AreaId).Kind == AreaKind.FieldDivision
                    && a.Status is AccountStatus.Active or AccountStatus.PendingFirstSignIn)
                .Select(a => new NoticeReader(a.Id, a.AreaId, NoticeStanding.WsbStaff)))
            .ToList();
}
