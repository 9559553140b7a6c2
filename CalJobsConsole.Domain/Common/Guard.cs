namespace CalJobsConsole.Domain.Common;

/// <summary>Input checks shared by factories: each throws <see cref="InvalidInputException"/> naming the field.</summary>
public static class Guard
{
    public static string Required(string? value, string field, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidInputException(field, "is required.");
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
            throw new InvalidInputException(field, $"must be at most {maxLength} characters.");
        return trimmed;
    }

    public static Guid Required(Guid value, string field) =>
        value == Guid.Empty ? throw new InvalidInputException(field, "is required.") : value;

    public static DateOnly NotInFuture(DateOnly value, DateOnly today, string field) =>
        value > today
            ? throw new InvalidInputException(field, $"cannot be in the future ({value:yyyy-MM-dd} is after today, {today:yyyy-MM-dd}).")
            : value;

    public static T Defined<T>(T value, string field) where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new InvalidInputException(field, $"'{value}' is not a valid {typeof(T).Name}.");
}
