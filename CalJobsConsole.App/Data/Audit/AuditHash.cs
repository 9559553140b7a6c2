using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace CalJobsConsole.App.Data.Audit;

/// <summary>
/// The content hash of an audit record: SHA-256, in lower-case hex, of one JSON array holding a version tag and every field in
/// a fixed order — number, time (UTC, ISO 8601, to the 0.1 ms the database keeps), actor, action, entity type and id, area,
/// request, before, after, and the previous record's hash. JSON quotes and escapes each text, so no text a user typed (a quote,
/// a comma, a newline, a bracket) can move a field boundary: two different records never share an encoding.
/// </summary>
public static class AuditHash
{
    /// <summary>What the first record of the chain links to: 64 zeros, the hash of no record.</summary>
    public static readonly string Genesis = new('0', 64);

    private const string Version = "caljobs-audit-v1";

    /// <summary>The database keeps a time to 1,000 ticks (DateTimeOffsetToBinaryConverter); the hash covers what is kept.</summary>
    private const long StoredTicks = 1000;

    public static string Of(AuditRecord record) =>
        Of(record.Id, record.At, record.ActorId, record.Action, record.EntityType, record.EntityId, record.AreaId, record.RequestId,
            record.Before, record.After, record.PreviousHash);

    public static string Of(long id, DateTimeOffset at, Guid? actorId, string action, string entityType, Guid entityId, Guid? areaId,
        Guid? requestId, string? before, string? after, string previousHash)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStringValue(Version);
            json.WriteNumberValue(id);
            json.WriteStringValue(Time(at));
            Write(json, actorId);
            json.WriteStringValue(action);
            json.WriteStringValue(entityType);
            json.WriteStringValue(entityId.ToString("D"));
            Write(json, areaId);
            Write(json, requestId);
            Write(json, before);
            Write(json, after);
            json.WriteStringValue(previousHash);
            json.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    private static string Time(DateTimeOffset at)
    {
        var ticks = at.UtcTicks - at.UtcTicks % StoredTicks;
        return new DateTime(ticks, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffff'Z'", CultureInfo.InvariantCulture);
    }

    private static void Write(Utf8JsonWriter json, Guid? value)
    {
        if (value is { } guid)
            json.WriteStringValue(guid.ToString("D"));
        else
            json.WriteNullValue();
    }

    private static void Write(Utf8JsonWriter json, string? value)
    {
        if (value is null)
            json.WriteNullValue();
        else
            json.WriteStringValue(value);
    }
}
