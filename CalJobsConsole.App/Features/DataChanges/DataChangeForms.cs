using CalJobsConsole.App.Components.Shared;
using CalJobsConsole.Domain.DataChanges;
using FluentValidation;
using FluentValidation.Results;

namespace CalJobsConsole.App.Features.DataChanges;

/// <summary>Where a participant record belongs: an office of one of the filer's areas (the area decides who signs, DCR-1).</summary>
public sealed record DataChangePlace(Guid AreaId, Guid OfficeId, string Label)
{
    public override string ToString() => Label;
}

/// <summary>The data change request form (WSD18-02): the record, the field(s), the value now and the value wanted, and why.</summary>
public sealed class DataChangeRequestModel
{
    public DataChangePlace? Place { get; set; }

    public string? ParticipantReference { get; set; }

    public string? FieldName { get; set; }

    public string? CurrentValue { get; set; }

    public string? RequestedValue { get; set; }

    public string? Reason { get; set; }
}

/// <summary>
/// Shape only, every field at once: what is required, what fits, and no text shaped like a Social Security number (DCR-1,
/// <see cref="SocialSecurityNumberShape"/>). Who may file for which area and who signs is the service's and the domain's call.
/// </summary>
public sealed class DataChangeRequestModelValidator : AbstractValidator<DataChangeRequestModel>
{
    public DataChangeRequestModelValidator()
    {
        RuleFor(m => m.Place).NotNull().WithMessage("Choose the office whose participant record is to change.");
        RuleFor(m => m.ParticipantReference).Required("Enter the CalJOBS participant record ID.", DataChangeRequest.MaxReferenceLength)
            .NoSsn("The participant record reference");
        RuleFor(m => m.FieldName).Required("Name the field or fields to change.", DataChangeRequest.MaxFieldLength).NoSsn("The field name");
        RuleFor(m => m.CurrentValue).MaximumLength(DataChangeRequest.MaxValueLength).NoSsn("The current value");
        RuleFor(m => m.RequestedValue).Required("Enter the value the record should hold.", DataChangeRequest.MaxValueLength).NoSsn("The requested value");
        RuleFor(m => m.Reason).Required("Explain why the data must change.", DataChangeRequest.MaxReasonLength).NoSsn("The reason");
    }
}

/// <summary>The administrator's signature on a data change request: their name as they sign it; the date is today.</summary>
public sealed class DataChangeSignatureModel
{
    public string? SignatureName { get; set; }
}

public sealed class DataChangeSignatureModelValidator : AbstractValidator<DataChangeSignatureModel>
{
    public DataChangeSignatureModelValidator()
    {
        RuleFor(m => m.SignatureName).Required("Type your name as your signature.", 200).NoSsn("The signature name");
    }
}

/// <summary>One entry of the administrator's data-validation and pseudo-SSN assistance log (DCR-1).</summary>
public sealed class AssistanceContactModel
{
    public Guid? AreaId { get; set; }

    public string? AssistedStaffName { get; set; }

    public DateTime? ContactedOn { get; set; }

    public string? ParticipantReference { get; set; }

    public AssistanceKind? Kind { get; set; }

    public string? Note { get; set; }
}

public sealed class AssistanceContactModelValidator : AbstractValidator<AssistanceContactModel>
{
    public AssistanceContactModelValidator()
    {
        RuleFor(m => m.AreaId).NotEmpty().WithMessage("Choose the area the contact was for.");
        RuleFor(m => m.AssistedStaffName).Required("Enter the staff member you assisted.", ParticipantAssistanceContact.MaxNameLength)
            .NoSsn("The staff member's name");
        RuleFor(m => m.ContactedOn).NotNull().WithMessage("Enter the date of the contact.");
        RuleFor(m => m.ParticipantReference).Required("Enter the CalJOBS participant record ID.", DataChangeRequest.MaxReferenceLength)
            .NoSsn("The participant record reference");
        RuleFor(m => m.Kind).NotNull().WithMessage("Choose data validation or pseudo-SSN assignment.").IsInEnum();
        RuleFor(m => m.Note).MaximumLength(ParticipantAssistanceContact.MaxNoteLength).NoSsn("The note");
    }
}

/// <summary>The two checks every text of this feature shares, and a refused form as its fields' messages.</summary>
internal static class DataChangeRules
{
    /// <summary>Each refused field with its first message, as <see cref="ActOutcome.Invalid(IReadOnlyDictionary{string, string})"/> takes them.</summary>
    public static IReadOnlyDictionary<string, string> FieldErrors(this ValidationResult result) =>
        result.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.First().ErrorMessage);

    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule, string message, int maxLength) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(message).MaximumLength(maxLength);
}
