using CalJobsConsole.Domain.Areas;

namespace CalJobsConsole.App.Features.Designations;

/// <summary>An area the signed-in user may sign designation forms for: as its Director, or as a current designee.</summary>
public sealed record SignerArea(Guid Id, string Name, AreaKind Kind, bool AsDesignee);

/// <summary>One active administrator seat.</summary>
public sealed record SeatLine(Guid DesignationId, Guid AreaId, string AreaName, int SeatNumber, string Name, string Email, DateOnly? TrainingCompletedOn)
{
    public string TrainingLabel => TrainingCompletedOn is { } day ? day.ToString("yyyy-MM-dd") : "Not trained (DES-2): may not act";
}

/// <summary>One designation form as a list shows it, with its particulars in words (<see cref="DesignationFormWording"/>).</summary>
public sealed record FormLine(Guid Id, string AreaName, DesignationFormKind Kind, string PersonName, string PersonEmail,
    string? NewContact, DateOnly SignedOn, string SignedBy, bool SignedByDesignee, DesignationFormStatus Status, string? RefusalReason,
    IReadOnlyList<FiledField> Particulars);

/// <summary>What the Director's (or designee's) designation forms page shows for one area.</summary>
/// <param name="SignerName">The signer's name on record: what they type to sign a form (DES-1).</param>
public sealed record SignerAreaView(SignerArea Area, int Cap, IReadOnlyList<SeatLine> Seats, IReadOnlyList<FormLine> Forms, string? SignerName = null)
{
    public string SeatsLabel => $"{Seats.Count} of {Cap} {Area.Kind.AdministratorRoleOf().DisplayName()}s";
}

/// <summary>One of a Director's designees.</summary>
public sealed record DesigneeLine(Guid Id, string Name, string Email, DateOnly NamedOn, DateOnly? EndsOn, DateOnly? WithdrawnOn, bool IsCurrent);
