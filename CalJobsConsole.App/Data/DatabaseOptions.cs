namespace CalJobsConsole.App.Data;

/// <summary>Which database engine holds the console's data.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: the file <c>caljobs.db</c> in the data folder; one app server.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (<c>ConnectionStrings:PostgreSql</c>): several app servers share it.</summary>
    PostgreSql,
}

/// <summary><c>CalJobs:Database</c>: the provider. PostgreSQL's connection string is <c>ConnectionStrings:PostgreSql</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "CalJobs:Database";

    public const string PostgreSqlConnectionName = "PostgreSql";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
