using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Signatures.Rules;

namespace CalJobsConsole.Domain.Signatures;

/// <summary>
/// A signature on one of the directive's forms: who signed (the signed-in person, never someone typed in), the full name
/// they typed — which matched their name on record —, when (an instant, shown in the business time zone), and the
/// attestation statement they signed, by key and version. Nobody signs as another person
/// (<see cref="SignatureMustBeSignersOwnNameRule"/>).
/// </summary>
public sealed record Signature
{
    public const int MaxNameLength = 200;

    private Signature(Guid signerId, string signerName, DateTimeOffset signedAt, string statementKey, string statementVersion)
    {
        SignerId = signerId;
        SignerName = signerName;
        SignedAt = signedAt;
        StatementKey = statementKey;
        StatementVersion = statementVersion;
    }

    public Guid SignerId { get; private init; }

    /// <summary>The full name as the signer typed it (it matched their name on record).</summary>
    public string SignerName { get; private init; }

    public DateTimeOffset SignedAt { get; private init; }

    public string StatementKey { get; private init; }

    public string StatementVersion { get; private init; }

    /// <summary>The statement signed, word for word as it read that day; null only for a version this console never had.</summary>
    public AttestationStatement? Statement => AttestationStatement.Find(StatementKey, StatementVersion);

    /// <summary>
    /// <paramref name="signerId"/> (the signed-in person, whose name on record is <paramref name="nameOnRecord"/>) signs
    /// <paramref name="statement"/> by typing <paramref name="typedName"/>. Refused, naming the form's rule, when the typed
    /// name is empty or not the signer's own.
    /// </summary>
    public static Signature Sign(AttestationStatement statement, Guid signerId, string nameOnRecord, string? typedName, BusinessClock clock)
    {
        ArgumentNullException.ThrowIfNull(statement);
        BusinessRules.Check(SignatureMustBeSignersOwnNameRule.For(statement, nameOnRecord, typedName));
        return new Signature(Guard.Required(signerId, nameof(SignerId)), typedName!.Trim(), clock.UtcNow, statement.Key, statement.Version);
    }

    /// <summary>
    /// The entity's check that this is <paramref name="actorId"/>'s signature over <paramref name="statement"/>: a form
    /// carries the signature of whoever acts, over the statement of that act, never another's.
    /// </summary>
    public Signature Of(Guid actorId, AttestationStatement statement)
    {
        if (SignerId != actorId)
            throw new InvalidInputException(nameof(SignerId), "a form carries the signature of the person who acts, not another's.");
        if (StatementKey != statement.Key)
            throw new InvalidInputException(nameof(StatementKey), $"this act is signed over the statement \"{statement.Act}\".");
        return this;
    }

    /// <summary>"Dana Delgado, 2026-12-03 09:14 PT": the signer and when, in the business time zone.</summary>
    public string Describe(BusinessClock clock) => $"{SignerName}, {clock.ToBusinessTime(SignedAt):yyyy-MM-dd HH:mm} Pacific time";
}
