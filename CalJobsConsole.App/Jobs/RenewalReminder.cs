namespace CalJobsConsole.App.Jobs;

/// <summary>
/// REN-1: the record that one renewal reminder went out — for an account, its due date and the threshold in force
/// (30, 14, 7 or 1 days before, or <see cref="Overdue"/>). The database holds (account, due date, threshold) unique,
/// so each is sent once; a renewal moves the due date, and next year's reminders have keys of their own.
/// </summary>
public sealed class RenewalReminder
{
    /// <summary>The threshold of the reminder sent once the due date has come and the account is not renewed.</summary>
    public const int Overdue = 0;

    /// <summary>Days before the due date at which a reminder goes out, furthest first.</summary>
    public static readonly IReadOnlyList<int> DaysBefore = [30, 14, 7, 1];

    private RenewalReminder()
    {
    }

    public long Id { get; private set; }

    public Guid AccountId { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// <summary>Days before the due date (30, 14, 7, 1), or <see cref="Overdue"/>.</summary>
    public int Threshold { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public static RenewalReminder Sent(Guid accountId, DateOnly dueOn, int threshold, DateTimeOffset at) =>
        new() { AccountId = accountId, DueOn = dueOn, Threshold = threshold, SentAt = at };

    /// <summary>
    /// The threshold in force on <paramref name="today"/>: the nearest one reached and not yet passed (15..30 days left → 30,
    /// 8..14 → 14, 2..7 → 7, 1 → 1), <see cref="Overdue"/> from the due date on, null further than 30 days out. A run after
    /// missed days so catches up with one reminder, for the threshold now in force, and none for those it skipped.
    /// </summary>
    public static int? ThresholdInForce(DateOnly dueOn, DateOnly today)
    {
        var daysLeft = dueOn.DayNumber - today.DayNumber;
        if (daysLeft <= 0)
            return Overdue;
        return DaysBefore.Where(threshold => daysLeft <= threshold).Select(threshold => (int?)threshold).LastOrDefault();
    }
}
