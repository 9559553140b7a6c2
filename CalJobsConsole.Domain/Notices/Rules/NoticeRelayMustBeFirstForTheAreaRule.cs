using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Notices.Rules;

/// <summary>
/// COM-1 (WSD24-13, Communication): a notice is relayed to an area's staff once; the first record stands, so the
/// Operations Unit's relay rate counts each area once.
/// </summary>
public sealed class NoticeRelayMustBeFirstForTheAreaRule(Notice notice, Guid areaId) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Com1;

    public bool IsBroken() => notice.RelayFor(areaId) is not null;

    public string Reason => notice.RelayFor(areaId) is { } relay
        ? $"This notice was already recorded as relayed to the area's staff on {relay.RelayedAt:yyyy-MM-dd}."
        : "This notice was already recorded as relayed to the area's staff.";

    public string Remedy => "Nothing more to record: each area records a notice's relay once.";
}
