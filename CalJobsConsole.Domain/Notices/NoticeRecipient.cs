namespace CalJobsConsole.Domain.Notices;

/// <summary>One person a notice reached: delivered at publication, read when they first open it.</summary>
public sealed class NoticeRecipient : Common.Entity
{
    /// <summary>For EF Core.</summary>
    private NoticeRecipient()
    {
    }

    internal NoticeRecipient(Guid noticeId, NoticeReader reader, DateTimeOffset deliveredAt)
    {
        NoticeId = noticeId;
        PersonId = reader.PersonId;
        AreaId = reader.AreaId;
        Standing = reader.Standing;
        DeliveredAt = deliveredAt;
    }

    public Guid NoticeId { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>The area the recipient counts in for the Operations Unit's read and relay rates.</summary>
    public Guid AreaId { get; private set; }

    public NoticeStanding Standing { get; private set; }

    public DateTimeOffset DeliveredAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    /// <summary>Marks read once: opening it again keeps the first time.</summary>
    internal void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
