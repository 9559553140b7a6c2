using CalJobsConsole.Domain.Escalations;
using FluentValidation;

namespace CalJobsConsole.App.Features.Escalations;

/// <summary>One escalation in the Operations Unit's queue (GRP-3).</summary>
public sealed record EscalationLine(Guid Id, Guid RequestId, string AreaName, string StaffName, string RequestedBy, string RaisedBy,
    DateTimeOffset RaisedAt, string GroupName, IReadOnlyList<string> PrivilegeCodes, IReadOnlyList<string> BrokenRuleCodes, string Reason,
    EscalationStatus Status, string? DecisionNote, DateTimeOffset? DecidedAt, string SuggestedUsername);

/// <summary>The Operations Unit's grant: the username of the account it creates, and an optional note.</summary>
public sealed class GrantEscalationModel
{
    public string? Username { get; set; }

    public string? Note { get; set; }
}

public sealed class GrantEscalationModelValidator : AbstractValidator<GrantEscalationModel>
{
    public GrantEscalationModelValidator()
    {
        RuleFor(m => m.Username).Cascade(CascadeMode.Stop)
            .Must(u => !string.IsNullOrWhiteSpace(u)).WithMessage("Enter the CalJOBS username.")
            .Matches("^[A-Za-z0-9._-]{3,64}$").WithMessage("Use 3 to 64 letters, digits, '.', '_' or '-'.");
        RuleFor(m => m.Note).MaximumLength(2000);
    }
}
