using CalJobsConsole.Domain.Areas;

namespace CalJobsConsole.Domain.VosGreeter;

/// <summary>
/// What VOS-1 needs to know about an office, read fresh for each action: its Local Area, the field division serving it,
/// and whether it has a Title I partner — which decides who sets up its check-in reasons.
/// </summary>
public sealed record CheckInOffice(Guid OfficeId, string Name, bool HasTitleIPartner, Guid LocalAreaId, string LocalAreaName,
    Guid DivisionId, string DivisionName)
{
    public static CheckInOffice Of(Office office, Area localArea, Area division) =>
        new(office.Id, office.Name, office.HasTitleIPartner, localArea.Id, localArea.Name, division.Id, division.Name);

    /// <summary>Who sets the reasons up: the Local Area's MIS Administrator with a Title I partner, the covering SPOC without.</summary>
    public AdministratorRole SetUpBy => HasTitleIPartner ? AdministratorRole.MisAdministrator : AdministratorRole.CalJobsSpoc;

    /// <summary>"the MIS Administrator of Golden Sierra" or "the CalJOBS SPOC of WSB Northern Division covering Roseville EDD Office".</summary>
    public string EditorDescription => HasTitleIPartner
        ? $"the MIS Administrator of {LocalAreaName}"
        : $"the CalJOBS SPOC of {DivisionName} covering {Name}";

    /// <summary>SCO-1: the office is the administrator's — their Local Area's (MIS) or in their division and coverage (SPOC).</summary>
    public bool IsInScopeOf(AdministratorActor administrator) => administrator.Role == AdministratorRole.MisAdministrator
        ? administrator.AreaId == LocalAreaId
        : administrator.Covers(DivisionId, OfficeId);

    /// <summary>VOS-1: the administrator edits the reasons directly.</summary>
    public bool IsEditedBy(AdministratorActor administrator) =>
        IsInScopeOf(administrator) && administrator.Role == SetUpBy;
}
