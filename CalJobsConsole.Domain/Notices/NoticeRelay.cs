namespace CalJobsConsole.Domain.Notices;

/// <summary>An administrator's record that they relayed a notice to their area's staff (COM-1): who, when, which area, a note.</summary>
public sealed class NoticeRelay : Common.Entity
{
    /// <summary>For EF Core.</summary>
    private NoticeRelay()
    {
    }

    internal NoticeRelay(Guid noticeId, Guid areaId, Guid relayedById, DateTimeOffset relayedAt, string? note)
    {
        NoticeId = noticeId;
        AreaId = areaId;
        RelayedById = relayedById;
        RelayedAt = relayedAt;
        Note = note;
    }

    public Guid NoticeId { get; private set; }

    public Guid AreaId { get; private set; }

    public Guid RelayedById { get; private set; }

    public DateTimeOffset RelayedAt { get; private set; }

    /// <summary>How or to whom it was relayed ("forwarded to front-line staff", "discussed at the team meeting"), if said.</summary>
    public string? Note { get; private set; }
}
