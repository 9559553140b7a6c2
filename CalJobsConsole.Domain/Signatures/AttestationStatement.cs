using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Signatures;

/// <summary>
/// What a signer attests to, word for word, and the version of those words. A <see cref="Signature"/> records the key and
/// version it was given over, so a filed form shows the statement as it read on the day it was signed, even after the
/// wording changes. A new wording is a new version; an old one is never edited.
/// </summary>
public sealed record AttestationStatement(string Key, string Version, RuleCode Rule, string Act, string Text)
{
    public const string CurrentVersion = "2026-12";

    /// <summary>The Director or Division Chief, or their designee, signing a designation form (DES-1).</summary>
    public static readonly AttestationStatement DesignationForm = new("attachment-1", CurrentVersion, RuleCode.Des1,
        "Signing the administrator designation form (Attachment 1)",
        "I am the Local Area Director or WSB Division Chief accountable for this area, or their designee acting for them. " +
        "I ask the Operations Unit to make the change to the area's administrators that this form describes. I confirm that " +
        "the person named has a business need for administrator access, will complete the System Access Training, and that " +
        "the details on this form are true.");

    /// <summary>The requestor signing a CalJOBS System Access Request (REQ-1).</summary>
    public static readonly AttestationStatement AccessRequest = new("attachment-3-requestor", CurrentVersion, RuleCode.Req1,
        "Signing the CalJOBS System Access Request (Attachment 3) as the requestor",
        "I am the staff member's manager or supervisor, registered as a requestor for this office. I verified that the staff " +
        "member completed the ISPA security training and signed the confidentiality statement (DE 7410 for EDD staff, " +
        "Attachment E-1 for everyone else) on the dates given, that the access asked for is needed for their job duties, " +
        "and that the details on this form are true.");

    /// <summary>The administrator approving a System Access Request (REQ-1).</summary>
    public static readonly AttestationStatement RequestApproval = new("attachment-3-approval", CurrentVersion, RuleCode.Req1,
        "Approving the CalJOBS System Access Request (Attachment 3) as the area's administrator",
        "I am an administrator of this area. I reviewed this System Access Request and the staff member's prerequisites, and " +
        "I approve the access it asks for, under WSD24-13. I will keep the approved form and its evidence on the staff " +
        "member's account.");

    /// <summary>The administrator signing a participant data change request (DCR-1).</summary>
    public static readonly AttestationStatement DataChange = new("data-change", CurrentVersion, RuleCode.Dcr1,
        "Signing the participant data change request as the area's administrator",
        "I am an administrator of this area. I reviewed this data change request and confirm that the change is needed to " +
        "correct the participant's record in CalJOBS, and that the request holds no full Social Security Number.");

    public static IReadOnlyList<AttestationStatement> All { get; } = [DesignationForm, AccessRequest, RequestApproval, DataChange];

    /// <summary>The statement a signature was given over; null for a key or version this console never had.</summary>
    public static AttestationStatement? Find(string key, string version) =>
        All.FirstOrDefault(s => s.Key == key && s.Version == version);
}
