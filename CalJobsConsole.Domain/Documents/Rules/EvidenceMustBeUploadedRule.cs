using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Documents.Rules;

/// <summary>
/// DOC-1 (WSD24-13, Create New CalJOBS Staff User Account; Maintenance; Deactivation): "the staff's approved
/// CalJOBS System Access Request Form must be uploaded to their CalJOBS staff user account … Local Area
/// MIS Administrators must also upload a copy of the completed ISPA certificate and the signed … Attachment E-1";
/// the deactivation form is uploaded "before deactivation".
/// </summary>
public sealed class EvidenceMustBeUploadedRule(DocumentKind kind, EvidenceMoment moment, bool uploaded) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Doc1;

    public bool IsBroken() => !uploaded;

    public string Reason => $"The {kind.DisplayName()} for this {moment.DisplayName()} has not been uploaded.";

    public string Remedy => $"Upload the {kind.DisplayName()} (PDF, PNG or JPEG) to the account.";
}
