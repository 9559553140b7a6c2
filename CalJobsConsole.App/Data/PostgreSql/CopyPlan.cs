using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CalJobsConsole.App.Data.PostgreSql;

/// <summary>
/// What <see cref="SqliteToPostgreSqlCopy"/> reads and writes, taken from the EF model of each provider rather than from a list
/// kept by hand: every table PostgreSQL's model maps — Identity's, <c>DataProtectionKeys</c>, the audit trail, a table added
/// next year — and nothing the model does not map (<c>__EFMigrationsHistory</c> belongs to each provider's own migrations).
/// Tables come in foreign-key dependency order, principals first, so every row finds its principal already copied: that
/// works with the constraints as the migrations made them (not deferrable), where <c>SET CONSTRAINTS ALL DEFERRED</c> would not.
/// A self-reference needs no order: PostgreSQL checks a foreign key at the end of each statement, and one table is one COPY.
/// </summary>
internal static class CopyPlan
{
    public static IReadOnlyList<CopyTable> Between(IRelationalModel sqlite, IRelationalModel postgreSql)
    {
        var sqliteTables = sqlite.Tables.ToDictionary(t => t.Name);
        return InDependencyOrder(postgreSql.Tables).Select(table =>
        {
            if (!sqliteTables.TryGetValue(table.Name, out var source))
                throw new InvalidOperationException($"The SQLite model has no table {table.Name}: both providers must map the same model.");
            var columns = table.Columns.Select(column => CopyColumn.Between(
                source.FindColumn(column.Name) ?? throw new InvalidOperationException($"The SQLite model has no column {table.Name}.{column.Name}."),
                column)).ToList();
            return new CopyTable(table.Name, table.Schema, columns, table.PrimaryKey!.Columns.Select(c => c.Name).ToList());
        }).ToList();
    }

    /// <summary>Principals before dependents (Kahn's order, by name among equals so every run copies alike).</summary>
    public static IReadOnlyList<ITable> InDependencyOrder(IEnumerable<ITable> tables)
    {
        var waiting = tables.ToDictionary(t => t, t => t.ForeignKeyConstraints.Select(fk => fk.PrincipalTable).Where(p => p != t).ToHashSet());
        var order = new List<ITable>();
        while (waiting.Count > 0)
        {
            var ready = waiting.Where(w => w.Value.All(principal => !waiting.ContainsKey(principal))).Select(w => w.Key)
                .OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            if (ready.Count == 0)
                throw new InvalidOperationException("These tables reference each other in a cycle, so no copy order exists: "
                    + string.Join(", ", waiting.Keys.Select(t => t.Name).Order()));
            order.AddRange(ready);
            foreach (var table in ready)
                waiting.Remove(table);
        }
        return order;
    }
}

/// <summary>
/// One table to copy: its name, schema (null: the default one), columns in the order both statements name them, and its primary
/// key's columns (to name a row PostgreSQL refused).
/// </summary>
internal sealed record CopyTable(string Name, string? Schema, IReadOnlyList<CopyColumn> Columns, IReadOnlyList<string> Key);

/// <summary>
/// One column: read from SQLite as SQLite's EF type mapping stores it (its value converter's provider type, else the property's
/// type: a Guid from TEXT, a bool from INTEGER, the binary ticks of a <c>DateTimeOffset</c> as the long they are) and written
/// as PostgreSQL's type mapping stores it, in the column's own store type (<c>uuid</c>, <c>boolean</c>, <c>bigint</c>, …).
/// Where both providers store the property alike (the same converter, the same provider type) the stored value passes as it
/// is, never normalised; where they differ — a primitive collection is JSON text in SQLite and <c>text[]</c> in PostgreSQL —
/// it goes through the property's own value: SQLite's converter reads it, PostgreSQL's writes it.
/// </summary>
internal sealed class CopyColumn
{
    private static readonly MethodInfo ReadAs = typeof(CopyColumn).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Func<DbDataReader, int, object> _read;
    private readonly Func<object, object>? _convert;

    private CopyColumn(string name, string storeType, Func<DbDataReader, int, object> read, Func<object, object>? convert)
    {
        Name = name;
        StoreType = storeType;
        _read = read;
        _convert = convert;
    }

    public string Name { get; }

    /// <summary>The PostgreSQL column's type as the migrations created it, e.g. <c>character varying(64)</c> or <c>text[]</c>.</summary>
    public string StoreType { get; }

    public static CopyColumn Between(IColumn sqlite, IColumn postgreSql)
    {
        var from = Mapping(sqlite);
        var to = Mapping(postgreSql);
        var stored = Stored(from);
        var read = ReadAs.MakeGenericMethod(stored).CreateDelegate<Func<DbDataReader, int, object>>();
        var alike = from.Converter?.GetType() == to.Converter?.GetType() && stored == Stored(to);
        Func<object, object>? convert = alike ? null : value =>
        {
            var model = from.Converter is { } reading ? reading.ConvertFromProvider(value)! : value;
            return to.Converter is { } writing ? writing.ConvertToProvider(model)! : model;
        };
        return new CopyColumn(postgreSql.Name, postgreSql.StoreType, read, convert);
    }

    /// <summary>The value to write, or null for SQL NULL.</summary>
    public object? ValueAt(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
            return null;
        var value = _read(reader, ordinal);
        return _convert is null ? value : _convert(value);
    }

    private static RelationalTypeMapping Mapping(IColumn column) =>
        column.PropertyMappings.FirstOrDefault()?.TypeMapping
        ?? throw new InvalidOperationException($"{column.Table.Name}.{column.Name} maps no property: the copy knows no type for it.");

    private static Type Stored(RelationalTypeMapping mapping)
    {
        var type = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        return Nullable.GetUnderlyingType(type) ?? type;
    }

    private static object Read<T>(DbDataReader reader, int ordinal) => reader.GetFieldValue<T>(ordinal)!;
}
