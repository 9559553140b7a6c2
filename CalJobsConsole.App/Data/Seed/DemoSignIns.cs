namespace CalJobsConsole.App.Data.Seed;

/// <summary>
/// The demo sign-ins the README lists: one memorable user per role, every demo user with one shared password.
/// They exist only in a Development database (see <see cref="DemoDataSeeder"/>).
/// </summary>
public static class DemoSignIns
{
    /// <summary>Meets the console's Identity password options: 12+ characters, upper and lower case, a digit and a symbol.</summary>
    public const string Password = "Demo!Password2026";

    public const string OperationsUnit = "ops.olivia";

    /// <summary>MIS Administrator of Golden Sierra, a Local Area holding all 3 of its seats.</summary>
    public const string MisAdministrator = "mis.morgan";

    /// <summary>MIS Administrator of North Coast, designated but not yet trained (DES-2).</summary>
    public const string UntrainedMisAdministrator = "mis.untrained";

    /// <summary>CalJOBS SPOC covering the whole WSB Northern Division.</summary>
    public const string Spoc = "spoc.sky";

    /// <summary>CalJOBS SPOC covering two offices of the WSB Northern Division.</summary>
    public const string OfficeSpoc = "spoc.rowan";

    /// <summary>Supervisor in Golden Sierra; staff.sam reports to them.</summary>
    public const string Requestor = "requestor.riley";

    /// <summary>Local Area Director of Golden Sierra.</summary>
    public const string Director = "director.dana";

    /// <summary>An active staff account in Golden Sierra, supervised by requestor.riley.</summary>
    public const string Staff = "staff.sam";

    /// <summary>The sign-ins above, one per role (and the untrained and office-coverage administrators).</summary>
    public static IReadOnlyList<string> All { get; } =
        [OperationsUnit, MisAdministrator, UntrainedMisAdministrator, Spoc, OfficeSpoc, Requestor, Director, Staff];
}
