using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Notices.Rules;

/// <summary>
/// COM-1 (WSD24-13, Communication): MIS Administrators and WSB CalJOBS SPOCs relay the Operations Unit's notices to their
/// area's staff, so only an administrator of the area records that it was relayed there.
/// <paramref name="relayer"/> is the person's standing in <paramref name="areaId"/>, or null when they hold no seat there.
/// </summary>
public sealed class NoticeRelayMustBeRecordedByTheAreasAdministratorRule(NoticeReader? relayer, Guid areaId) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Com1;

    public bool IsBroken() => relayer is not { IsAdministrator: true } || relayer.AreaId != areaId;

    public string Reason => "Only the area's MIS Administrator or WSB CalJOBS SPOC records that a notice was relayed to its staff.";

    public string Remedy => "Ask your area's MIS Administrator or SPOC to relay the notice and record it.";
}
