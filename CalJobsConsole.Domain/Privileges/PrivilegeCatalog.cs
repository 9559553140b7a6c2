using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Privileges;

/// <summary>The privilege groups and privileges the Operations Unit maintains; lookups refuse names not in it.</summary>
public sealed class PrivilegeCatalog(IEnumerable<PrivilegeGroup> groups, IEnumerable<Privilege> privileges)
{
    private readonly Dictionary<string, PrivilegeGroup> _groups = groups.ToDictionary(g => g.Name, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Privilege> _privileges = privileges.ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<PrivilegeGroup> Groups => _groups.Values;

    public IReadOnlyCollection<Privilege> Privileges => _privileges.Values;

    public PrivilegeGroup Group(string? name) =>
        _groups.TryGetValue(Guard.Required(name, "PrivilegeGroup"), out var group)
            ? group
            : throw new InvalidInputException("PrivilegeGroup", $"'{name}' is not a privilege group in the catalogue.");

    public Privilege Privilege(string? code) =>
        _privileges.TryGetValue(Guard.Required(code, nameof(Privilege)), out var privilege)
            ? privilege
            : throw new InvalidInputException(nameof(Privilege), $"'{code}' is not a privilege in the catalogue.");
}
