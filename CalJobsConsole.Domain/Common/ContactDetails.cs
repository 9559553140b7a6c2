namespace CalJobsConsole.Domain.Common;

/// <summary>A person's name and work e-mail, as the directive's forms record them.</summary>
public sealed record ContactDetails
{
    private ContactDetails(string fullName, string email, string? phone)
    {
        FullName = fullName;
        Email = email;
        Phone = phone;
    }

    public string FullName { get; private init; }

    public string Email { get; private init; }

    public string? Phone { get; private init; }

    public static ContactDetails Create(string? fullName, string? email, string? phone = null, string fieldPrefix = "")
    {
        var name = Guard.Required(fullName, fieldPrefix + nameof(FullName));
        var mail = Guard.Required(email, fieldPrefix + nameof(Email), 254);
        var at = mail.IndexOf('@');
        if (at <= 0 || at == mail.Length - 1 || mail.Contains(' ') || mail.IndexOf('@', at + 1) >= 0)
            throw new InvalidInputException(fieldPrefix + nameof(Email), $"'{mail}' is not an e-mail address (it needs one '@' between a name and a domain).");
        var number = string.IsNullOrWhiteSpace(phone) ? null : Guard.Required(phone, fieldPrefix + nameof(Phone), 40);
        return new ContactDetails(name, mail, number);
    }
}
