using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Attestations;

/// <summary>
/// What the request form says of the confidentiality statement: "the most recent date the staff …
/// signed (or refused to sign) the DE 7410, or Attachment E-1".
/// </summary>
public sealed record ConfidentialityStatement
{
    private ConfidentialityStatement(ConfidentialityStatementKind kind, DateOnly date, bool refused)
    {
        Kind = kind;
        Date = date;
        Refused = refused;
    }

    public ConfidentialityStatementKind Kind { get; private init; }

    /// <summary>The day it was signed, or the day the staff member refused to sign.</summary>
    public DateOnly Date { get; private init; }

    public bool Refused { get; private init; }

    public DateOnly? SignedOn => Refused ? null : Date;

    public static ConfidentialityStatement Signed(ConfidentialityStatementKind kind, DateOnly signedOn) =>
        new(Guard.Defined(kind, nameof(Kind)), signedOn, refused: false);

    public static ConfidentialityStatement RefusedToSign(ConfidentialityStatementKind kind, DateOnly refusedOn) =>
        new(Guard.Defined(kind, nameof(Kind)), refusedOn, refused: true);
}
