using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Privileges;

/// <summary>
/// A CalJOBS privilege group. The 14 groups the directive names keep the granting authority it fixes;
/// the Operations Unit may add further groups, which only it grants, and edit the privileges any group carries (GRP-3).
/// </summary>
public sealed class PrivilegeGroup : Entity
{
    private readonly List<string> _privilegeCodes = [];

    private PrivilegeGroup(string name, GrantingAuthority authority, bool isDirectiveGroup, string? purpose)
    {
        Name = name;
        Authority = authority;
        IsDirectiveGroup = isDirectiveGroup;
        Purpose = purpose;
    }

    public string Name { get; private set; }

    /// <summary>Fixed by the directive for its 14 groups; always the Operations Unit for any other.</summary>
    public GrantingAuthority Authority { get; private set; }

    public bool IsDirectiveGroup { get; private set; }

    /// <summary>When the directive says to use the group.</summary>
    public string? Purpose { get; private set; }

    public IReadOnlyCollection<string> PrivilegeCodes => _privilegeCodes.AsReadOnly();

    /// <summary>One of the 14 groups of WSD24-13, with the authority the directive gives it.</summary>
    internal static PrivilegeGroup Directive(string name, GrantingAuthority authority, string purpose) =>
        new(name, authority, true, purpose);

    /// <summary>A further group the Operations Unit adds; only the Operations Unit grants it.</summary>
    public static PrivilegeGroup CreateOperationsUnitGroup(string? name, string? purpose = null) =>
        new(Guard.Required(name, nameof(Name)), GrantingAuthority.OperationsUnit, false,
            string.IsNullOrWhiteSpace(purpose) ? null : purpose.Trim());

    /// <summary>The Operations Unit sets the privileges the group carries.</summary>
    public void SetPrivileges(IEnumerable<Privilege> privileges)
    {
        _privilegeCodes.Clear();
        _privilegeCodes.AddRange(privileges.Select(p => p.Code).Distinct());
    }

    public bool Carries(string privilegeCode) => _privilegeCodes.Contains(privilegeCode);
}
