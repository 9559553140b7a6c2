namespace CalJobsConsole.Domain.Areas;

/// <summary>
/// Who signed a designation form (Attachment 1): the accountable Director or Division Chief, and,
/// when a designee signed for them, who acted (DES-1).
/// </summary>
public sealed record DesignationSignature(Guid AccountableSignerId, Guid ActedById, DateOnly SignedOn, Guid RecordedById)
{
    public bool SignedByDesignee => ActedById != AccountableSignerId;
}
