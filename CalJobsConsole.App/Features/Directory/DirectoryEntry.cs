using CalJobsConsole.Domain.Areas;

namespace CalJobsConsole.App.Features.Directory;

/// <summary>One area in the directory: the administrators through whom its staff reach CalJOBS support.</summary>
public sealed record DirectoryArea(Guid Id, string Name, AreaKind Kind, IReadOnlyList<DirectoryContact> Contacts)
{
    public string KindLabel => Kind == AreaKind.LocalArea ? "Local Area" : "WSB field division";

    public string RoleLabel => Kind.AdministratorRoleOf().DisplayName();
}

/// <summary>An active administrator and how to reach them; SPOCs also say what they cover.</summary>
public sealed record DirectoryContact(string Name, string Email, string? Phone, string Coverage);
