using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges;

namespace CalJobsConsole.App.Features.Privileges;

/// <summary>Who grants a group, in words, with the rule that says so (GRP-1..3).</summary>
public static class AuthorityLabels
{
    /// <summary>"MIS Administrator (GRP-1)".</summary>
    public static string Label(this GrantingAuthority authority) => $"{authority.Grantor()} ({authority.Rule().Code})";

    /// <summary>The rule that names who grants: GRP-1 (MIS Administrators), GRP-2 (CalJOBS SPOCs), GRP-3 (the Operations Unit only).</summary>
    public static RuleCode Rule(this GrantingAuthority authority) => authority switch
    {
        GrantingAuthority.MisAdministrator => RuleCode.Grp1,
        GrantingAuthority.CalJobsSpoc => RuleCode.Grp2,
        _ => RuleCode.Grp3,
    };

    /// <summary>"MIS Administrator", "CalJOBS SPOC" or "Operations Unit only".</summary>
    public static string Grantor(this GrantingAuthority authority) => authority switch
    {
        GrantingAuthority.MisAdministrator => "MIS Administrator",
        GrantingAuthority.CalJobsSpoc => "CalJOBS SPOC",
        _ => "Operations Unit only",
    };

    /// <summary>Running text: "an MIS Administrator", "a CalJOBS SPOC", "the Operations Unit only".</summary>
    public static string GrantorInText(this GrantingAuthority authority) => authority switch
    {
        GrantingAuthority.MisAdministrator => "an MIS Administrator",
        GrantingAuthority.CalJobsSpoc => "a CalJOBS SPOC",
        _ => "the Operations Unit only",
    };
}
