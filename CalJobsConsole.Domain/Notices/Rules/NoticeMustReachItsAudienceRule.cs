using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Notices.Rules;

/// <summary>
/// COM-1 (WSD24-13, Communication): a notice is read only by the people it reached — Notifications by MIS Administrators
/// and all WSB staff; the Updates Newsletter and the Blue Notice for New OPCs only by MIS Administrators and WSB CalJOBS
/// SPOCs, who relay what is relevant to their staff.
/// </summary>
public sealed class NoticeMustReachItsAudienceRule(Notice notice, Guid personId) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Com1;

    public bool IsBroken() => notice.RecipientFor(personId) is null;

    public string Reason =>
        $"This {notice.Kind.DisplayName()} reaches {NoticeAudience.For(notice.Kind).Description}; you are not among its recipients.";

    public string Remedy => "Ask your area's MIS Administrator or WSB CalJOBS SPOC, who relay what is relevant to their staff.";
}
