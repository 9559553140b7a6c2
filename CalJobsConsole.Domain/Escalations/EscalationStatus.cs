namespace CalJobsConsole.Domain.Escalations;

public enum EscalationStatus
{
    Open = 1,
    Granted = 2,
    Declined = 3,
}
