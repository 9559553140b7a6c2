using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.Domain.Accounts;

/// <summary>
/// DOC-1 as the compliance figures read it, kept on the account as it changes so that counting it is one pass over the
/// accounts: the account's evidence is judged on its latest act that DOC-1's table asks documents for — its creation or its
/// latest annual renewal. Earlier acts are not judged again (a renewal supersedes the creation's documents).
/// </summary>
public sealed partial class StaffAccount
{
    /// <summary>The request of the account's latest creation or annual renewal; null when none is on record (an imported account).</summary>
    public Guid? EvidencedActRequestId { get; private set; }

    /// <summary>
    /// True when every document DOC-1 requires for that act and this kind of staff was uploaded for it; false with no such
    /// act on record — nothing evidences the account.
    /// </summary>
    public bool ActEvidenceComplete { get; private set; }

    /// <summary>
    /// A document was uploaded for <paramref name="request"/> after its act: when that act is the one the account is judged on,
    /// judge it again on <paramref name="uploadedForTheAct"/> (the kinds of every document kept for that request).
    /// </summary>
    public void EvidenceChanged(AccessRequest request, IEnumerable<DocumentKind> uploadedForTheAct)
    {
        if (request.Id == EvidencedActRequestId)
            JudgeEvidence(request, uploadedForTheAct);
    }

    /// <summary>The creation or renewal just carried out becomes the act the account's evidence is judged on.</summary>
    private void JudgeEvidence(AccessRequest act, IEnumerable<DocumentKind> uploadedForTheAct)
    {
        EvidencedActRequestId = act.Id;
        ActEvidenceComplete = !EvidenceRequirements.Required(EvidenceMoments.For(act.Kind), StaffKind).Except(uploadedForTheAct).Any();
    }
}
