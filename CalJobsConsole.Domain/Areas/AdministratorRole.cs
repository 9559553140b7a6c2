namespace CalJobsConsole.Domain.Areas;

/// <summary>The two kinds of administrator the directive designates; which one an area has follows from its kind.</summary>
public enum AdministratorRole
{
    MisAdministrator = 1,
    CalJobsSpoc = 2,
}

public static class AdministratorRoleNames
{
    public static AdministratorRole AdministratorRoleOf(this AreaKind kind) =>
        kind == AreaKind.LocalArea ? AdministratorRole.MisAdministrator : AdministratorRole.CalJobsSpoc;

    public static string DisplayName(this AdministratorRole role) =>
        role == AdministratorRole.MisAdministrator ? "MIS Administrator" : "CalJOBS SPOC";

    /// <summary>"Local Area Director" or "Division Chief": who signs the area's designation forms (DES-1).</summary>
    public static string SignerTitle(this AreaKind kind) =>
        kind == AreaKind.LocalArea ? "Local Area Director" : "Division Chief";
}
