using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CalJobsConsole.App.Data;

/// <summary>
/// Reads which database guard refused a write, from the provider's own error data: on PostgreSQL the SQLSTATE and the
/// constraint's name (<see cref="PostgresException"/>); on SQLite the extended result code and the constraint the message
/// names (SQLite reports a unique index by its columns, a CHECK by its name, and has no other place for either). The one place
/// that knows both; services turn the answer into a clear message.
/// </summary>
public static class DatabaseConstraint
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintCheck = 275;

    /// <summary>A unique index or key refused the write.</summary>
    public static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        _ => false,
    };

    /// <summary>
    /// The unique index or check constraint <paramref name="constraintName"/> refused the write. On SQLite a unique index is
    /// named by its columns: <paramref name="sqliteColumns"/>, as SQLite writes them ("Table.Column, Table.Other").
    /// </summary>
    public static bool Violates(DbUpdateException ex, string constraintName, string? sqliteColumns = null) => ex.InnerException switch
    {
        PostgresException pg => pg.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.CheckViolation
                                && pg.ConstraintName == constraintName,
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintCheck } sqlite => sqlite.Message.Contains($"CHECK constraint failed: {constraintName}", StringComparison.Ordinal),
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique } sqlite => sqliteColumns is not null
            && sqlite.Message.Contains($"UNIQUE constraint failed: {sqliteColumns}", StringComparison.Ordinal),
        _ => false,
    };
}
