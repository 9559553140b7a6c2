namespace CalJobsConsole.Domain.Privileges;

/// <summary>Who may grant a privilege group (GRP-1, GRP-2, GRP-3).</summary>
public enum GrantingAuthority
{
    MisAdministrator = 1,
    CalJobsSpoc = 2,
    OperationsUnit = 3,
}
