using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents.Rules;

namespace CalJobsConsole.Domain.Documents;

/// <summary>
/// DOC-1's evidence table: what must be uploaded for each act, by kind of staff. The approved request
/// form of the act, always; for non-EDD staff at creation and renewal also the ISPA certificate and the
/// signed E-1, "since internal records are unavailable". EDD staff's DE 7410 stays with EDD; its date is on the form.
/// A privilege update (absent from the table) asks for its approved request form, as a password reset does.
/// </summary>
public static class EvidenceRequirements
{
    public static IReadOnlyList<DocumentKind> Required(EvidenceMoment moment, StaffKind staffKind) =>
        (moment, staffKind) switch
        {
            (EvidenceMoment.Creation or EvidenceMoment.AnnualRenewal, StaffKind.NonEdd) =>
                [DocumentKind.SystemAccessRequestForm, DocumentKind.IspaCertificate, DocumentKind.SignedAttachmentE1],
            _ => [DocumentKind.SystemAccessRequestForm],
        };

    /// <summary>One DOC-1 rule per required kind, each broken when no such document was uploaded for the act.</summary>
    public static IEnumerable<IBusinessRule> Rules(EvidenceMoment moment, StaffKind staffKind, IEnumerable<EvidenceDocument> uploadedForTheAct) =>
        Rules(moment, staffKind, uploadedForTheAct.Select(d => d.Kind));

    /// <summary>As above, from the kinds of the documents uploaded for the act.</summary>
    public static IEnumerable<IBusinessRule> Rules(EvidenceMoment moment, StaffKind staffKind, IEnumerable<DocumentKind> uploadedKinds)
    {
        var kinds = uploadedKinds.ToHashSet();
        return Required(moment, staffKind).Select(kind => new EvidenceMustBeUploadedRule(kind, moment, kinds.Contains(kind)));
    }

    /// <summary>Every document still missing for the act, as DOC-1 broken rules.</summary>
    public static IReadOnlyList<BrokenRule> Missing(EvidenceMoment moment, StaffKind staffKind, IEnumerable<EvidenceDocument> uploadedForTheAct) =>
        BusinessRules.Evaluate(Rules(moment, staffKind, uploadedForTheAct));
}
