namespace CalJobsConsole.Domain.Areas;

public enum DesignationStatus
{
    /// <summary>Holds a seat.</summary>
    Active = 1,

    /// <summary>Removed with a designation form; the seat is free again.</summary>
    Removed = 2,

    /// <summary>The Operations Unit revoked the administrator's privileges (REV-1); the seat is free again.</summary>
    Revoked = 3,
}
