namespace CalJobsConsole.Domain.DataChanges;

/// <summary>Where a data change request stands: filed and waiting, signed by the area's administrator, or declined.</summary>
public enum DataChangeStatus
{
    Submitted,
    Signed,
    Declined,
}

public static class DataChangeStatusNames
{
    public static string DisplayName(this DataChangeStatus status) => status switch
    {
        DataChangeStatus.Submitted => "Submitted",
        DataChangeStatus.Signed => "Signed",
        DataChangeStatus.Declined => "Declined",
        _ => status.ToString(),
    };
}
