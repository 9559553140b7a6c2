using CalJobsConsole.App.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Data;

/// <summary>Reads which of the database's CAP-1 guards refused a write, on SQLite (and PostgreSQL, by constraint name).</summary>
public static class SeatConflict
{
    public static bool IsSeatTaken(DbUpdateException ex) =>
        Mentions(ex, DesignationConfiguration.ActiveSeatIndex) || Mentions(ex, "AdministratorDesignations.SeatNumber");

    public static bool IsBeyondCap(DbUpdateException ex) => Mentions(ex, "CK_AdministratorDesignations_SeatWithinCap");

    public static bool IsPersonAlreadyDesignated(DbUpdateException ex) =>
        Mentions(ex, DesignationConfiguration.ActivePersonIndex) || Mentions(ex, "AdministratorDesignations.PersonId");

    private static bool Mentions(DbUpdateException ex, string name) => DatabaseConstraint.Mentions(ex, name);
}
