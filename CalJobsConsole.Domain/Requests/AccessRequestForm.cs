using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;

namespace CalJobsConsole.Domain.Requests;

/// <summary>
/// What the requestor writes on the CalJOBS System Access Request form (Attachment 3): the staff member (with
/// their job title and phone), their area and office, what is asked, the most recent attestation dates, the
/// separation date for a deactivation, the requestor's own title and phone, and the requestor's confirmation
/// that they verified the attestations and the business need. Forms filed before issue 20 hold no titles and no
/// requestor's phone: <see cref="AskedContacts"/> tells them apart.
/// </summary>
public sealed record AccessRequestForm(
    AccessRequestKind Kind,
    ContactDetails Staff,
    StaffKind StaffKind,
    Guid AreaId,
    Guid OfficeId,
    Guid? AccountId = null,
    Guid? RequestedGroupId = null,
    Attestations.Attestations? Attestations = null,
    DateOnly? SeparationDate = null,
    string? BusinessNeed = null,
    bool RequestorVerifiedAttestations = false,
    bool RequestorVerifiedBusinessNeed = false,
    string? StaffJobTitle = null,
    string? RequestorTitle = null,
    string? RequestorPhone = null)
{
    public const int MaxTitleLength = 200;

    /// <summary>Whether the form was filed with the titles and phones of issue 20 (every form since asks for the requestor's title).</summary>
    public bool AskedContacts => RequestorTitle is not null;

    /// <summary>
    /// The kinds that grant or keep access ask for the staff member's job title and phone: the title backs the business need and
    /// the privilege group, the phone lets the administrator reach the person the account is for. A password reset or a
    /// deactivation is about an account already on record and only offers them.
    /// </summary>
    public static bool AsksForStaffJobDetails(AccessRequestKind kind) =>
        kind is AccessRequestKind.NewAccount or AccessRequestKind.AnnualRenewal or AccessRequestKind.PrivilegeUpdate;

    /// <summary>For EF Core.</summary>
    private AccessRequestForm() : this(default, null!, default, default, default)
    {
    }

    /// <summary>Refuses a form that does not say what its kind needs; names the field.</summary>
    internal AccessRequestForm Validated(DateOnly today)
    {
        Guard.Defined(Kind, nameof(Kind));
        Guard.Defined(StaffKind, nameof(StaffKind));
        Guard.Required(AreaId, nameof(AreaId));
        Guard.Required(OfficeId, nameof(OfficeId));
        if (Kind != AccessRequestKind.NewAccount && AccountId is null)
            throw new InvalidInputException(nameof(AccountId), $"a {Kind.DisplayName()} request names the staff account it is for.");
        if (Kind is AccessRequestKind.NewAccount or AccessRequestKind.PrivilegeUpdate && RequestedGroupId is null)
            throw new InvalidInputException(nameof(RequestedGroupId), $"a {Kind.DisplayName()} request names the privilege group requested.");
        if (Kind is AccessRequestKind.NewAccount or AccessRequestKind.AnnualRenewal && Attestations is null)
            throw new InvalidInputException(nameof(Attestations), $"a {Kind.DisplayName()} request carries the ISPA and {StaffKind.RequiredStatement().DisplayName()} dates.");
        Attestations?.EnsureNotInFuture(today);
        if (Kind == AccessRequestKind.Deactivation && SeparationDate is null)
            throw new InvalidInputException(nameof(SeparationDate), "a deactivation request carries the staff member's separation or deactivation date (DEA-1).");
        if (!RequestorVerifiedAttestations)
            throw new InvalidInputException(nameof(RequestorVerifiedAttestations),
                "the requestor confirms they verified the ISPA training and confidentiality statement (REQ-1).");
        if (!RequestorVerifiedBusinessNeed)
            throw new InvalidInputException(nameof(RequestorVerifiedBusinessNeed), "the requestor confirms the staff member's business need (REQ-1).");
        var staffDetailsRequired = AsksForStaffJobDetails(Kind);
        if (staffDetailsRequired)
            Guard.Phone(Staff.Phone, nameof(ContactDetails.Phone));
        else
            Guard.OptionalPhone(Staff.Phone, nameof(ContactDetails.Phone));
        return this with
        {
            BusinessNeed = string.IsNullOrWhiteSpace(BusinessNeed) ? null : ParticipantText.Required(BusinessNeed, nameof(BusinessNeed), 2000, "Business need"),
            StaffJobTitle = staffDetailsRequired
                ? Guard.Required(StaffJobTitle, nameof(StaffJobTitle), MaxTitleLength)
                : Guard.Optional(StaffJobTitle, nameof(StaffJobTitle), MaxTitleLength),
            RequestorTitle = Guard.Required(RequestorTitle, nameof(RequestorTitle), MaxTitleLength),
            RequestorPhone = Guard.Phone(RequestorPhone, nameof(RequestorPhone)),
        };
    }
}
