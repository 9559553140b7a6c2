using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Monitoring.Rules;

/// <summary>
/// DOC-1 (WSD24-13, Deactivation of CalJOBS Staff User Accounts), as MON-1 checks it: the approved deactivation request
/// form is uploaded to the account "before deactivation".
/// </summary>
public sealed class DeactivationFormMustPrecedeDeactivationRule(DateOnly? deactivatedOn, DateOnly? formUploadedOn) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Doc1;

    public bool IsBroken() => deactivatedOn is { } deactivated && (formUploadedOn is not { } uploaded || uploaded > deactivated);

    public string Reason => formUploadedOn is { } uploaded
        ? $"The deactivation request form was uploaded on {uploaded:yyyy-MM-dd}, after the deactivation on {deactivatedOn:yyyy-MM-dd}."
        : $"No deactivation request form was uploaded before the deactivation on {deactivatedOn:yyyy-MM-dd}.";

    public string Remedy => "Upload the approved deactivation request form (Attachment 3) to the account, or explain why it is missing.";
}
