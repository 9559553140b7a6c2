namespace CalJobsConsole.App.Data.Audit;

/// <summary>
/// The chain's one head row: the number and hash of its last record, written in the same transaction as each append. It is
/// what shows a deleted last record (the head names a record that is gone) or a record added behind the console's back at the
/// end (a record past the head), which the links alone cannot show.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingleId = 1;

    private AuditChainHead()
    {
    }

    public int Id { get; private set; } = SingleId;

    /// <summary>The number of the chain's last record; 0 while the chain is empty.</summary>
    public long LastId { get; private set; }

    /// <summary>The content hash of the last record; <see cref="AuditHash.Genesis"/> while the chain is empty.</summary>
    public string LastHash { get; private set; } = AuditHash.Genesis;
}
