using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;

namespace CalJobsConsole.App.Features.Areas;

/// <summary>
/// What the area overview shows: seats "n of cap" with holders, offices and account counts (the accounts themselves are read
/// a page at a time: <see cref="AreaOverviewService.PageAccountsAsync"/>).
/// </summary>
public sealed record AreaOverview(
    Guid Id,
    string Name,
    AreaKind Kind,
    string? DirectorName,
    int Cap,
    IReadOnlyList<SeatHolder> Seats,
    IReadOnlyList<OfficeSummary> Offices,
    IReadOnlyDictionary<AccountStatus, int> AccountsByStatus,
    bool MayEdit = false)
{
    public string SeatsLabel => $"{Seats.Count} of {Cap} {Kind.AdministratorRoleOf().DisplayName()}s";

    public int AccountCount => AccountsByStatus.Values.Sum();
}

public sealed record SeatHolder(Guid DesignationId, int SeatNumber, string Name, string Email, DateOnly DesignatedOn, DateOnly? TrainingCompletedOn, string Coverage);

public sealed record OfficeSummary(Guid Id, string Name, bool HasTitleIPartner, string OtherAreaName, int AccountCount);

/// <summary>One line of the statewide list of areas.</summary>
public sealed record AreaListItem(Guid Id, string Name, AreaKind Kind, int SeatsHeld, int Cap, int AccountCount);
