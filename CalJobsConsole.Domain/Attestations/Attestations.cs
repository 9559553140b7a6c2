using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Attestations;

/// <summary>
/// The attestation dates a request form carries and an account keeps: the most recent ISPA training
/// completion (null when not completed) and the confidentiality statement.
/// </summary>
public sealed record Attestations(DateOnly? IspaCompletedOn, ConfidentialityStatement Statement)
{
    /// <summary>For EF Core.</summary>
    private Attestations() : this(null, null!)
    {
    }

    public const string IspaField = nameof(IspaCompletedOn);
    public const string StatementField = "ConfidentialityStatementDate";

    /// <summary>Refuses dates in the future: the form states what has happened.</summary>
    public Attestations EnsureNotInFuture(DateOnly today)
    {
        if (IspaCompletedOn is { } ispa)
            Guard.NotInFuture(ispa, today, IspaField);
        Guard.NotInFuture(Statement.Date, today, StatementField);
        return this;
    }
}
