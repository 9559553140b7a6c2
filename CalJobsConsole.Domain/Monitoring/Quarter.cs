namespace CalJobsConsole.Domain.Monitoring;

/// <summary>A calendar quarter (MON-1 reviews one each): Q1 is January–March. <see cref="End"/> is the first day of the next quarter.</summary>
public readonly record struct Quarter
{
    public Quarter(int year, int number)
    {
        if (year is < 2000 or > 9999)
            throw new ArgumentOutOfRangeException(nameof(year), year, "A quarter's year is between 2000 and 9999.");
        if (number is < 1 or > 4)
            throw new ArgumentOutOfRangeException(nameof(number), number, "A quarter is numbered 1 to 4.");
        Year = year;
        Number = number;
    }

    public int Year { get; }

    public int Number { get; }

    /// <summary>The quarter's first day.</summary>
    public DateOnly Start => new(Year, (Number - 1) * 3 + 1, 1);

    /// <summary>The first day after the quarter (the next quarter's first day).</summary>
    public DateOnly End => Start.AddMonths(3);

    /// <summary>The quarter's last day.</summary>
    public DateOnly LastDay => End.AddDays(-1);

    public static Quarter Containing(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);

    /// <summary>The quarter that ended most recently before <paramref name="today"/>'s quarter: the one MON-1 reviews now.</summary>
    public static Quarter JustEndedBefore(DateOnly today) => Containing(today).Previous();

    public Quarter Previous() => Number == 1 ? new Quarter(Year - 1, 4) : new Quarter(Year, Number - 1);

    public bool Contains(DateOnly day) => day >= Start && day < End;

    /// <summary>"2026 Q3".</summary>
    public override string ToString() => $"{Year} Q{Number}";
}
