namespace CalJobsConsole.App.Features.Dashboards;

/// <summary>How soon a renewal is due, for the supervisor's tracker: always shown in words as well as colour.</summary>
public enum RenewalUrgency
{
    Overdue,
    DueWithin7Days,
    DueWithin30Days,
    Current,
}

public static class RenewalUrgencies
{
    public const int UrgentDays = 7;
    public const int SoonDays = 30;

    public static RenewalUrgency Of(int daysLeft) => daysLeft switch
    {
        < 0 => RenewalUrgency.Overdue,
        < UrgentDays => RenewalUrgency.DueWithin7Days,
        < SoonDays => RenewalUrgency.DueWithin30Days,
        _ => RenewalUrgency.Current,
    };

    public static string Label(this RenewalUrgency urgency) => urgency switch
    {
        RenewalUrgency.Overdue => "Overdue",
        RenewalUrgency.DueWithin7Days => "Due within 7 days",
        RenewalUrgency.DueWithin30Days => "Due within 30 days",
        _ => "Current",
    };

    /// <summary>"in 12 days", "today", "overdue by 3 days".</summary>
    public static string Countdown(int daysLeft) => daysLeft switch
    {
        < 0 => $"overdue by {Days(-daysLeft)}",
        0 => "today",
        _ => $"in {Days(daysLeft)}",
    };

    private static string Days(int n) => n == 1 ? "1 day" : $"{n} days";
}
