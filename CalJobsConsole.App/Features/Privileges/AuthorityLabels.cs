using CalJobsConsole.Domain.Privileges;

namespace CalJobsConsole.App.Features.Privileges;

/// <summary>Who grants a group, in words, with the rule that says so (GRP-1..3).</summary>
public static class AuthorityLabels
{
    public static string Label(this GrantingAuthority authority) => authority switch
    {
        GrantingAuthority.MisAdministrator => "MIS Administrator (GRP-1)",
        GrantingAuthority.CalJobsSpoc => "CalJOBS SPOC (GRP-2)",
        _ => "Operations Unit only (GRP-3)",
    };
}
