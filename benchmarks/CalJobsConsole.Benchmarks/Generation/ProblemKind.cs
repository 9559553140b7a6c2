namespace CalJobsConsole.Benchmarks.Generation;

/// <summary>
/// The rule a row injected by <c>--problems N</c> breaks. Row <c>j</c> (0-based) gets kind <c>j mod 7</c>, in this order, so
/// seven problem rows cover every kind. Each such row is an extra row, otherwise valid; the clean rows are the same as
/// without <c>--problems</c>.
/// </summary>
public enum ProblemKind
{
    /// <summary>A staff account reusing the username of the file's first staff account (the import's key).</summary>
    DuplicateUsername,

    /// <summary>A staff account in an office that is neither in the file nor in the state ("Atlantis AJCC").</summary>
    UnknownOffice,

    /// <summary>A staff account whose ISPA training date is 10 to 60 days after today.</summary>
    FutureDate,

    /// <summary>An EDD staff account (field division) with an Attachment E-1 instead of the DE 7410 (PRE-1).</summary>
    WrongStatementKind,

    /// <summary>A group the administering area may not grant: a WSB group in a Local Area (GRP-1), or an LWIA group in a division (GRP-2), alternately.</summary>
    GroupAreaMayNotGrant,

    /// <summary>One more administrator for an area whose seats are full (a 4th MIS Administrator, a 6th SPOC: CAP-1).</summary>
    TooManyAdministrators,

    /// <summary>A staff account with a date cell that is no <c>yyyy-MM-dd</c> date: "2025-02-30" or "13/05/2025", alternately, in CreatedOn.</summary>
    BadDateText,
}

/// <summary>Where a problem row went: its kind and its line in the file (the header is line 1).</summary>
public sealed record InjectedProblem(ProblemKind Kind, long Line, string Detail);
