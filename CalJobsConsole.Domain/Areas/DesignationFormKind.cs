namespace CalJobsConsole.Domain.Areas;

/// <summary>What a designation form (Attachment 1) asks the Operations Unit to record (DES-1).</summary>
public enum DesignationFormKind
{
    /// <summary>Designate a new administrator in a free seat (CAP-1).</summary>
    Add = 1,

    /// <summary>End an administrator's designation; the seat is free at once.</summary>
    Remove = 2,

    /// <summary>New contact details for a designated administrator.</summary>
    ChangeContact = 3,
}

public enum DesignationFormStatus
{
    /// <summary>Signed and waiting for the Operations Unit.</summary>
    Submitted = 1,

    /// <summary>The Operations Unit recorded it: the change applies to the area.</summary>
    Recorded = 2,

    /// <summary>The Operations Unit refused it, with a reason.</summary>
    Refused = 3,
}

public static class DesignationFormKindNames
{
    public static string DisplayName(this DesignationFormKind kind) => kind switch
    {
        DesignationFormKind.Add => "Add",
        DesignationFormKind.Remove => "Remove",
        _ => "Change contact",
    };

    /// <summary>The status as a person reads it in a list of forms.</summary>
    public static string DisplayName(this DesignationFormStatus status) => status switch
    {
        DesignationFormStatus.Submitted => "Submitted, waiting for the Operations Unit",
        DesignationFormStatus.Recorded => "Recorded",
        _ => "Refused",
    };
}
