namespace CalJobsConsole.App.Security;

/// <summary>
/// The console's roles. A user may hold several. Holding the role is not enough to act: the scope service also
/// reads the designation, the Director's area or the staff account from the database on every call (SCO-1).
/// </summary>
public static class ConsoleRoles
{
    public const string OperationsUnit = "Operations Unit";
    public const string MisAdministrator = "MIS Administrator";
    public const string CalJobsSpoc = "CalJOBS SPOC";
    public const string Requestor = "Requestor";
    public const string Director = "Director";
    public const string Staff = "Staff";

    public static IReadOnlyList<string> All { get; } = [OperationsUnit, MisAdministrator, CalJobsSpoc, Requestor, Director, Staff];
}
