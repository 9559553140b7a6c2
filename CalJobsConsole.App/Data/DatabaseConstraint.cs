using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Data;

/// <summary>
/// Reads which database guard refused a write, from the provider's message: the one place that knows how SQLite (and,
/// by constraint name, PostgreSQL) words a unique or check violation. Services turn the answer into a clear message.
/// </summary>
public static class DatabaseConstraint
{
    /// <summary>A unique index refused the write (SQLite "UNIQUE constraint failed", PostgreSQL "duplicate key").</summary>
    public static bool IsUniqueViolation(DbUpdateException ex) =>
        Mentions(ex, "UNIQUE constraint failed") || Mentions(ex, "duplicate key value");

    /// <summary>The refusal names <paramref name="name"/>: an index, a check constraint, or a table.column.</summary>
    public static bool Mentions(DbUpdateException ex, string name) =>
        ex.InnerException?.Message.Contains(name, StringComparison.OrdinalIgnoreCase) == true;
}
