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

    /// <summary>A required e-mail address: one '@' between a name and a domain, no spaces.</summary>
    public static string Email(string? value, string field)
    {
        var mail = Required(value, field, 254);
        var at = mail.IndexOf('@');
        if (at <= 0 || at == mail.Length - 1 || mail.Contains(' ') || mail.IndexOf('@', at + 1) >= 0)
            throw new InvalidInputException(field, $"'{mail}' is not an e-mail address (it needs one '@' between a name and a domain).");
        return mail;
    }

    /// <summary>A required work phone number of a plausible shape (<see cref="PhoneNumber"/>).</summary>
    public static string Phone(string? value, string field)
    {
        var number = Required(value, field, PhoneNumber.MaxLength);
        return PhoneNumber.IsPlausible(number)
            ? number
            : throw new InvalidInputException(field, $"'{number}' is not a phone number (give the area code and number, like {PhoneNumber.Example}).");
    }

    /// <summary>An optional phone number: null when blank, otherwise as <see cref="Phone"/>.</summary>
    public static string? OptionalPhone(string? value, string field) => string.IsNullOrWhiteSpace(value) ? null : Phone(value, field);

    /// <summary>An optional text: null when blank, otherwise trimmed and at most <paramref name="maxLength"/> characters.</summary>
    public static string? Optional(string? value, string field, int maxLength = 200) =>
        string.IsNullOrWhiteSpace(value) ? null : Required(value, field, maxLength);

    /// <summary>An optional CalJOBS username: null when blank, otherwise of the shape <see cref="CalJobsUsername"/> gives.</summary>
    public static string? OptionalCalJobsUsername(string? value, string field)
    {
        var username = Optional(value, field, CalJobsUsername.MaxLength);
        return username is null || CalJobsUsername.IsValid(username) ? username : throw new InvalidInputException(field, CalJobsUsername.Rule);
    }

    /// <summary>A required date between <paramref name="earliest"/> and <paramref name="latest"/>; <paramref name="why"/> says why the window.</summary>
    public static DateOnly Within(DateOnly? value, DateOnly earliest, DateOnly latest, string field, string why)
    {
        var day = value ?? throw new InvalidInputException(field, "is required.");
        return day < earliest || day > latest
            ? throw new InvalidInputException(field, $"must be between {earliest:yyyy-MM-dd} and {latest:yyyy-MM-dd} ({why}); {day:yyyy-MM-dd} is not.")
            : day;
    }

    public static T Defined<T>(T value, string field) where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new InvalidInputException(field, $"'{value}' is not a valid {typeof(T).Name}.");
}
