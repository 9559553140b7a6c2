using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Privileges;

/// <summary>
/// One CalJOBS privilege. A restricted one is "a specific privilege unavailable to be changed" by
/// administrators: adding it goes to the Operations Unit (GRP-3).
/// </summary>
public sealed class Privilege : Entity
{
    private Privilege(string code, string name, bool isRestricted)
    {
        Code = code;
        Name = name;
        IsRestricted = isRestricted;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public bool IsRestricted { get; private set; }

    public static Privilege Create(string? code, string? name, bool isRestricted) =>
        new(Guard.Required(code, nameof(Code), 60).ToUpperInvariant(), Guard.Required(name, nameof(Name)), isRestricted);

    public void Rename(string? name) => Name = Guard.Required(name, nameof(Name));

    public void SetRestricted(bool isRestricted) => IsRestricted = isRestricted;
}
