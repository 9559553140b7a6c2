using CalJobsConsole.App.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Data;

/// <summary>Reads which of the database's CAP-1 guards refused a write (see <see cref="DatabaseConstraint"/>).</summary>
public static class SeatConflict
{
    public static bool IsSeatTaken(DbUpdateException ex) =>
        DatabaseConstraint.Violates(ex, DesignationConfiguration.ActiveSeatIndex, "AdministratorDesignations.AreaId, AdministratorDesignations.SeatNumber");

    public static bool IsBeyondCap(DbUpdateException ex) => DatabaseConstraint.Violates(ex, "CK_AdministratorDesignations_SeatWithinCap");

    public static bool IsPersonAlreadyDesignated(DbUpdateException ex) =>
        DatabaseConstraint.Violates(ex, DesignationConfiguration.ActivePersonIndex, "AdministratorDesignations.AreaId, AdministratorDesignations.PersonId");
}
