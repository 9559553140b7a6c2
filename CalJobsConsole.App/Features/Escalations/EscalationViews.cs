using CalJobsConsole.App.Components.Shared;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Requests;
using FluentValidation;

namespace CalJobsConsole.App.Features.Escalations;

/// <summary>One escalation in the Operations Unit's queue (GRP-3).</summary>
public sealed record EscalationLine(Guid Id, Guid RequestId, string AreaName, string StaffName, string RequestedBy, string RaisedBy,
    DateTimeOffset RaisedAt, string GroupName, IReadOnlyList<string> PrivilegeCodes, IReadOnlyList<string> BrokenRuleCodes, string Reason,
    EscalationStatus Status, string? DecisionNote, DateTimeOffset? DecidedAt, string SuggestedUsername,
    AccessRequestKind Kind = AccessRequestKind.NewAccount)
{
    /// <summary>Granting creates an account (and needs its username) only for a new-account request.</summary>
    public bool CreatesAccount => Kind == AccessRequestKind.NewAccount;
}

/// <summary>The Operations Unit's grant: the username of the account it creates (a new-account request only), and an optional note.</summary>
public sealed class GrantEscalationModel
{
    /// <summary>False for a privilege update: the account exists, so no username is asked for.</summary>
    public bool CreatesAccount { get; set; } = true;

    public string? Username { get; set; }

    public string? Note { get; set; }
}

public sealed class GrantEscalationModelValidator : AbstractValidator<GrantEscalationModel>
{
    public GrantEscalationModelValidator()
    {
        RuleFor(m => m.Username).Cascade(CascadeMode.Stop)
            .Must(u => !string.IsNullOrWhiteSpace(u)).WithMessage("Enter the CalJOBS username.")
            .Matches("^[A-Za-z0-9._-]{3,64}$").WithMessage("Use 3 to 64 letters, digits, '.', '_' or '-'.")
            .When(m => m.CreatesAccount);
        RuleFor(m => m.Note).MaximumLength(2000).NoSsn("The note");
    }
}
