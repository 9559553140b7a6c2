namespace CalJobsConsole.Domain.Common;

/// <summary>A person's name, work e-mail and (optional) phone, as the directive's forms record them.</summary>
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
        var mail = Guard.Email(email, fieldPrefix + nameof(Email));
        // Any text up to 40 characters: imported rows keep the phone as the source wrote it; a form checks its shape (Guard.Phone).
        var number = Guard.Optional(phone, fieldPrefix + nameof(Phone), PhoneNumber.MaxLength);
        return new ContactDetails(name, mail, number);
    }
}
