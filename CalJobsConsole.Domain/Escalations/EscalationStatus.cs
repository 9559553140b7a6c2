namespace CalJobsConsole.Domain.Escalations;

public enum EscalationStatus
{
    Open = 1,
    Granted = 2,
    Declined = 3,
}

public static class EscalationStatusNames
{
    /// <summary>The status as people read it: "Awaiting the Operations Unit's decision", never <c>Open</c>.</summary>
    public static string DisplayName(this EscalationStatus status) => status switch
    {
        EscalationStatus.Open => "Awaiting the Operations Unit's decision",
        _ => status.ToString(),
    };
}
