using CalJobsConsole.App.Components.Shared;
using CalJobsConsole.Domain.Signatures;
using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Requests;
using FluentValidation;

namespace CalJobsConsole.App.Features.Requests;

/// <summary>What the requestor fills in on the System Access Request (Attachment 3).</summary>
public sealed class RequestFormModel
{
    public AccessRequestKind Kind { get; set; } = AccessRequestKind.NewAccount;

    public string? FullName { get; set; }

    public string? Email { get; set; }

    public string? StaffJobTitle { get; set; }

    public string? StaffPhone { get; set; }

    public StaffKind? StaffKind { get; set; }

    /// <summary>WSB staff are administered by the office's serving field division; LWIA staff by its Local Area.</summary>
    public bool WsbStaff { get; set; }

    public Guid? OfficeId { get; set; }

    /// <summary>The staff account, for the four kinds on an existing account.</summary>
    public Guid? AccountId { get; set; }

    public Guid? RequestedGroupId { get; set; }

    public DateTime? IspaCompletedOn { get; set; }

    /// <summary>The day the DE 7410 or Attachment E-1 was signed, or refused.</summary>
    public DateTime? StatementDate { get; set; }

    public bool StatementRefused { get; set; }

    public DateTime? SeparationDate { get; set; }

    public string? BusinessNeed { get; set; }

    public bool VerifiedAttestations { get; set; }

    public bool VerifiedBusinessNeed { get; set; }

    /// <summary>The requestor's own title and phone, so the administrator can reach them about the request.</summary>
    public string? RequestorTitle { get; set; }

    public string? RequestorPhone { get; set; }

    /// <summary>The requestor's signature: their own full name, typed under the Attachment 3 statement (REQ-1).</summary>
    public string? SignatureName { get; set; }

    /// <summary>The form's field for a field the domain names (Staff e-mail, attestation dates, …); "" for none of the form's.</summary>
    public static string FieldOf(string domainField) => domainField switch
    {
        "FullName" or "Email" or "AccountId" or "RequestedGroupId" or "SeparationDate" or "OfficeId" or "BusinessNeed" or "IspaCompletedOn"
            or "StaffJobTitle" or "RequestorTitle" or "RequestorPhone" => domainField,
        "Phone" => nameof(StaffPhone),
        "ConfidentialityStatementDate" => nameof(StatementDate),
        "RequestorVerifiedAttestations" => nameof(VerifiedAttestations),
        "RequestorVerifiedBusinessNeed" => nameof(VerifiedBusinessNeed),
        "SignerName" => nameof(SignatureName),
        nameof(StaffKind) => nameof(StaffKind),
        _ => "",
    };

    public bool IsOnExistingAccount => Kind != AccessRequestKind.NewAccount;

    public bool AsksForGroup => Kind is AccessRequestKind.NewAccount or AccessRequestKind.PrivilegeUpdate;

    public bool CarriesAttestations => Kind is AccessRequestKind.NewAccount or AccessRequestKind.AnnualRenewal;

    public bool CarriesSeparation => Kind == AccessRequestKind.Deactivation;

    /// <summary>Whether the staff member's job title and phone are required (they are offered for every kind).</summary>
    public bool AsksForStaffJobDetails => AccessRequestForm.AsksForStaffJobDetails(Kind);
}

/// <summary>The form's shape, per kind; whether the attestations are current and the account is the requestor's is the domain's and the service's call.</summary>
public sealed class RequestFormModelValidator : AbstractValidator<RequestFormModel>
{
    public RequestFormModelValidator()
    {
        RuleFor(m => m.Kind).IsInEnum();
        RuleFor(m => m.FullName).NotEmpty().WithMessage("Enter the staff member's full name.").MaximumLength(200);
        RuleFor(m => m.Email).NotEmpty().WithMessage("Enter the staff member's work e-mail.")
            .Must(e => e is null || ContactValidation.LooksLikeEmail(e)).WithMessage("Enter an e-mail address with one '@', like name@agency.ca.gov.")
            .MaximumLength(254);
        When(m => m.AsksForStaffJobDetails, () =>
        {
            RuleFor(m => m.StaffJobTitle).NotEmpty().WithMessage("Enter the staff member's job title.");
            RuleFor(m => m.StaffPhone).NotEmpty().WithMessage("Enter the staff member's work phone.");
        });
        RuleFor(m => m.StaffJobTitle).MaximumLength(AccessRequestForm.MaxTitleLength);
        RuleFor(m => m.StaffPhone).Must(ContactValidation.LooksLikePhone).WithMessage(ContactValidation.PhoneMessage);
        RuleFor(m => m.StaffKind).NotNull().WithMessage("Choose EDD or non-EDD staff.").IsInEnum();
        RuleFor(m => m.OfficeId).NotEmpty().WithMessage("Choose the staff member's office.");
        When(m => m.IsOnExistingAccount, () =>
            RuleFor(m => m.AccountId).NotEmpty().WithMessage("Choose the staff account this request is for."));
        When(m => m.AsksForGroup, () =>
            RuleFor(m => m.RequestedGroupId).NotEmpty().WithMessage("Choose the privilege group requested."));
        When(m => m.CarriesAttestations, () =>
        {
            RuleFor(m => m.IspaCompletedOn).NotNull().WithMessage("Enter the most recent ISPA training date.");
            RuleFor(m => m.StatementDate).NotNull().WithMessage("Enter the date the DE 7410 or Attachment E-1 was signed or refused.");
        });
        When(m => m.CarriesSeparation, () =>
            RuleFor(m => m.SeparationDate).NotNull().WithMessage("Enter the separation or deactivation date."));
        RuleFor(m => m.BusinessNeed).MaximumLength(2000).NoSsn("The business need");
        RuleFor(m => m.RequestorTitle).NotEmpty().WithMessage("Enter your title.").MaximumLength(AccessRequestForm.MaxTitleLength);
        RuleFor(m => m.RequestorPhone).NotEmpty().WithMessage("Enter your work phone.")
            .Must(ContactValidation.LooksLikePhone).WithMessage(ContactValidation.PhoneMessage);
        RuleFor(m => m.VerifiedAttestations).Equal(true).WithMessage("Confirm you verified the ISPA training and confidentiality statement.");
        RuleFor(m => m.VerifiedBusinessNeed).Equal(true).WithMessage("Confirm the staff member's business need.");
        RuleFor(m => m.SignatureName).NotEmpty().WithMessage("Sign the form: type your full name under the statement.")
            .MaximumLength(Signature.MaxNameLength);
    }
}
