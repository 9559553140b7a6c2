using System.Text.Json;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.App.Data.Audit;

/// <summary>Adds an audit record to the context, to be saved with the change it describes. Never logs a password or secret.</summary>
public static class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <param name="before">A snapshot of the state before (an anonymous object is fine), or null for a creation.</param>
    /// <param name="after">A snapshot of the state after, or null for a removal.</param>
    /// <param name="requestId">The System Access Request the change came from, if any.</param>
    public static AuditRecord Audit(this ConsoleDbContext db, BusinessClock clock, Guid? actorId, string action, string entityType,
        Guid entityId, Guid? areaId, object? before, object? after, Guid? requestId = null)
    {
        var record = AuditRecord.Create(clock.UtcNow, actorId, action, entityType, entityId, areaId,
            before is null ? null : JsonSerializer.Serialize(before, Json), after is null ? null : JsonSerializer.Serialize(after, Json), requestId);
        db.AuditRecords.Add(record);
        return record;
    }
}
