using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Attestations.Rules;

/// <summary>
/// PRE-1 (WSD24-13, Create New CalJOBS Staff User Account): "Prior to creating a staff account, EDD staff
/// must sign an Employee Confidentiality Statement (DE 7410). Non-EDD staff must sign the
/// Vendor/Contractor Confidentiality Statement (Attachment E-1)." A recorded refusal blocks creation.
/// </summary>
public sealed class StaffMustSignConfidentialityStatementRule(StaffKind staffKind, ConfidentialityStatement? statement) : IBusinessRule
{
    private ConfidentialityStatementKind Required => staffKind.RequiredStatement();

    public RuleCode Rule => RuleCode.Pre1;

    public bool IsBroken() => statement is null || statement.Kind != Required || statement.Refused;

    public string Reason => statement switch
    {
        null => $"No {Required.DisplayName()} date is recorded.",
        { Refused: true } => $"The staff member refused to sign the {statement.Kind.DisplayName()} on {statement.Date:yyyy-MM-dd}.",
        _ when statement.Kind != Required =>
            $"{(staffKind == StaffKind.Edd ? "EDD" : "Non-EDD")} staff sign the {Required.DisplayName()}, not the {statement.Kind.DisplayName()}.",
        _ => string.Empty,
    };

    public string Remedy => $"The staff member signs the {Required.DisplayName()} and the requestor records the date on the request.";
}
