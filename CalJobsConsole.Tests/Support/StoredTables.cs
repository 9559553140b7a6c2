using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CalJobsConsole.Tests.Support;

/// <summary>
/// Every table the EF model maps, read straight from a database: its row count, or each row as the model's values (each column
/// read as its provider's type mapping stores it and turned into the property's value by the mapping's converter, as EF Core
/// materializes it), written out as text keyed by the primary key — so two databases of different providers compare cell by cell.
/// </summary>
public static class StoredTables
{
    private static readonly MethodInfo ReadAs = typeof(StoredTables).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IReadOnlyList<ITable> Of(DbContext db) => db.Model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

    /// <summary>Every table's rows, by table name.</summary>
    public static async Task<SortedDictionary<string, long>> CountsAsync(DbContext db)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in Of(db))
            counts[table.Name] = Convert.ToInt64(await ScalarAsync(db, $"SELECT COUNT(*) FROM {Delimit(db, table)}"));
        return counts;
    }

    /// <summary>Each row of the table as "column=value" text, keyed by its primary key's values; read as this provider's model maps it.</summary>
    public static async Task<SortedDictionary<string, string>> RowsAsync(DbContext db, string tableName)
    {
        var table = Of(db).Single(t => t.Name == tableName);
        var columns = table.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var key = table.PrimaryKey!.Columns.Select(k => columns.IndexOf(columns.Single(c => c.Name == k.Name))).ToList();
        var helper = db.GetService<ISqlGenerationHelper>();
        var rows = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var select = db.Database.GetDbConnection().CreateCommand();
        select.CommandText = $"SELECT {string.Join(", ", columns.Select(c => helper.DelimitIdentifier(c.Name)))} FROM {Delimit(db, table)}";
        await using var reader = await select.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            var values = columns.Select((column, i) => Text(reader.IsDBNull(i) ? null : ModelValue(column, reader, i))).ToList();
            rows.Add(string.Join("|", key.Select(k => values[k])), string.Join("; ", columns.Select((c, i) => $"{c.Name}={values[i]}")));
        }
        return rows;
    }

    private static object? ModelValue(IColumn column, DbDataReader reader, int ordinal)
    {
        var mapping = column.PropertyMappings.First().TypeMapping;
        var stored = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        var value = ReadAs.MakeGenericMethod(Nullable.GetUnderlyingType(stored) ?? stored).Invoke(null, [reader, ordinal])!;
        return mapping.Converter is { } converter ? converter.ConvertFromProvider(value) : value;
    }

    private static object Read<T>(DbDataReader reader, int ordinal) => reader.GetFieldValue<T>(ordinal)!;

    private static string Text(object? value) => value switch
    {
        null => "NULL",
        string text => text,
        IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(Text)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private static string Delimit(DbContext db, ITable table) => db.GetService<ISqlGenerationHelper>().DelimitIdentifier(table.Name, table.Schema);

    private static async Task<object?> ScalarAsync(DbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
