using CalJobsConsole.App.Features.Privileges;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.App.Features.Inbox;

/// <summary>
/// What the request page reads beside the request: names of the places and people it points to, the requested group, and the
/// seat of the administrator opening it (none for the Operations Unit, which reads it only). <see cref="CounterpartAreaName"/>:
/// the office's other area — its field division for an LWIA request, its Local Area for a WSB one.
/// </summary>
internal sealed record FiledRequestFacts(string AreaName, AreaKind AreaKind, string OfficeName, string? CounterpartAreaName,
    string RequestorName, string? AccountUsername, PrivilegeGroup? RequestedGroup, AdministratorRole? SeatRole,
    IReadOnlyList<string> GroupsSeatGrants);

/// <summary>
/// The Attachment 3 as filed, in words (no enum names), and the statement of who may grant its privilege group. The group
/// rules are the domain's (<see cref="GrantEligibility"/>, GRP-1..3): this class only words their outcome.
/// </summary>
internal static class FiledRequestWording
{
    public static IReadOnlyList<FiledField> Fields(AccessRequest request, FiledRequestFacts facts, BusinessClock clock)
    {
        var form = request.Form;
        var asked = form.AskedContacts;
        var fields = new List<FiledField>
        {
            new("Kind of request", Capitalised(request.Kind.DisplayName())),
            new("Status", Status(request.Status)),
            new("Requestor", facts.RequestorName),
            new("Requestor's title", FiledFormWords.Asked(form.RequestorTitle, asked)),
            new("Requestor's phone", FiledFormWords.Asked(form.RequestorPhone, asked)),
            new("Submitted", BusinessTime.FormatLabelled(request.SubmittedAt, clock)),
            new("Staff member", form.Staff.FullName),
            new("Staff member's job title", FiledFormWords.Asked(form.StaffJobTitle, asked)),
            new("E-mail", form.Staff.Email),
            new("Staff member's phone", FiledFormWords.Asked(form.Staff.Phone, asked)),
        };
        fields.Add(new("EDD or non-EDD", $"{form.StaffKind.DisplayName()} (signs {Statement(form.StaffKind.RequiredStatement())})"));
        fields.Add(new("Office", facts.OfficeName));
        fields.Add(new("Area", facts.AreaName));
        fields.Add(new("Administered as", AdministeredAs(facts)));
        if (request.Kind != AccessRequestKind.NewAccount || facts.AccountUsername is not null)
            fields.Add(new("Staff account", facts.AccountUsername ?? "(no longer on record)"));
        if (form.RequestedGroupId is not null)
            fields.Add(new("Privilege group requested", facts.RequestedGroup?.Name ?? "(removed group)"));
        if (form.Attestations is { } attestations)
        {
            fields.Add(new("ISPA training", attestations.IspaCompletedOn is { } ispa ? $"Completed on {ispa:yyyy-MM-dd}" : "Not completed"));
            var statement = attestations.Statement;
            fields.Add(new("Confidentiality statement", statement.Refused
                ? $"{statement.Kind.DisplayName()}: the staff member refused to sign it on {statement.Date:yyyy-MM-dd}"
                : $"{statement.Kind.DisplayName()} signed on {statement.Date:yyyy-MM-dd}"));
        }
        if (form.SeparationDate is { } separation)
            fields.Add(new("Separation date", separation.ToString("yyyy-MM-dd")));
        fields.Add(new("Business need", form.BusinessNeed ?? "Not given"));
        fields.Add(new("Attestations verified", form.RequestorVerifiedAttestations
            ? $"Yes: {facts.RequestorName} verified the staff member's ISPA training and confidentiality statement"
            : "No"));
        fields.Add(new("Business need confirmed", form.RequestorVerifiedBusinessNeed
            ? $"Yes: {facts.RequestorName} confirmed the staff member has a business need for this access"
            : "No"));
        fields.Add(new("Requestor's signature", SignatureWords(request.RequestorSignature, clock)));
        if (request.ApprovalSignature is { } approval)
            fields.Add(new("Approved and signed by", SignatureWords(approval, clock)));
        return fields;
    }

    /// <summary>"Riley Romero, 2026-12-03 09:14 Pacific time, over the Attachment 3 statement version 2026-12" (issue 20).</summary>
    private static string SignatureWords(CalJobsConsole.Domain.Signatures.Signature? signature, BusinessClock clock) => signature is null
        ? "Not kept: filed before the console kept signatures"
        : $"{signature.Describe(clock)}, over the statement \"{signature.Statement?.Act ?? signature.StatementKey}\" (version {signature.StatementVersion})";

    /// <summary>Who grants the requested group and, while the request awaits <paramref name="facts"/>' seat, what approving does with it.</summary>
    public static GroupGrantStatement? GroupGrant(AccessRequest request, FiledRequestFacts facts, bool awaitsDecision)
    {
        if (request.Form.RequestedGroupId is null)
            return null;
        var administeredAs = $"The account is administered as {AdministeredAs(facts)}.";
        if (facts.RequestedGroup is not { } group)
            return new GroupGrantStatement("(removed group)", "The requested privilege group is no longer in the catalogue: return the request for correction.",
                administeredAs, null, null, []);
        var authority = group.Authority;
        var grantedBy = $"{group.Name} is granted by {authority.GrantorInText()}: {authority.Rule().Citation}.";
        if (facts.SeatRole is not { } role)
            return new GroupGrantStatement(group.Name, grantedBy, administeredAs, null, null, []);
        var groupRule = GrantEligibility.Evaluate(role, group).FirstOrDefault();
        if (!awaitsDecision)
            return new GroupGrantStatement(group.Name, grantedBy, administeredAs, groupRule, null, []);
        var (act, operationsUnitAct) = request.Kind == AccessRequestKind.NewAccount
            ? ($"create the account with {group.Name}", "grants the group and creates the account")
            : ($"change the account's group to {group.Name}", "grants the group and changes the account");
        if (groupRule is null)
            return new GroupGrantStatement(group.Name, grantedBy, administeredAs, null,
                $"You are {Article(role)} and may grant it: once you approve, you {act} yourself.", []);
        var onApproval = $"You are {Article(role)}: approving does not {act}. After approval you escalate the request to the Operations Unit, "
            + $"{RuleCode.Grp3.Citation}, which {operationsUnitAct}, or declines it and the request closes as rejected. "
            + "This is an escalation, not a refusal: you may approve.";
        return new GroupGrantStatement(group.Name, grantedBy, administeredAs, groupRule, onApproval, Alternatives(request, facts, group, role));
    }

    private static IReadOnlyList<string> Alternatives(AccessRequest request, FiledRequestFacts facts, PrivilegeGroup group, AdministratorRole role)
    {
        var alternatives = new List<string>();
        if (facts.GroupsSeatGrants.Count > 0)
            alternatives.Add($"Or return the request for correction so it asks for a group you grant: {string.Join(", ", facts.GroupsSeatGrants)}.");
        // The group is the other kind of administrator's: the requestor may have filed WSB staff as LWIA staff, or the reverse.
        var otherRole = role == AdministratorRole.MisAdministrator ? AdministratorRole.CalJobsSpoc : AdministratorRole.MisAdministrator;
        if (facts.CounterpartAreaName is { } counterpart && GrantEligibility.Evaluate(otherRole, group).Count == 0)
        {
            var filedAs = otherRole == AdministratorRole.CalJobsSpoc ? "WSB staff" : "LWIA staff";
            alternatives.Add($"If {request.Form.Staff.FullName} is {filedAs}, return the request for correction to file it as {filedAs}: "
                + $"it then goes to the {otherRole.DisplayName()}s of {counterpart}, who grant {group.Name} ({Grantor(otherRole).Rule().Code}).");
        }
        return alternatives;
    }

    /// <summary>"LWIA staff, by the MIS Administrators of Golden Sierra" or "WSB staff, by the CalJOBS SPOCs of WSB Northern Division".</summary>
    private static string AdministeredAs(FiledRequestFacts facts) =>
        $"{(facts.AreaKind == AreaKind.LocalArea ? "LWIA staff" : "WSB staff")}, by the {facts.AreaKind.AdministratorRoleOf().DisplayName()}s of {facts.AreaName}";

    private static string Status(AccessRequestStatus status) => status switch
    {
        AccessRequestStatus.Submitted => "Awaiting the administrator's decision",
        AccessRequestStatus.ReturnedForCorrection => "Returned to the requestor for correction",
        AccessRequestStatus.Approved => "Approved, not yet carried out",
        AccessRequestStatus.Rejected => "Rejected",
        AccessRequestStatus.Fulfilled => "Approved and carried out",
        _ => status.DisplayName(),
    };

    /// <summary>"the DE 7410", "Attachment E-1": as the request form names them.</summary>
    private static string Statement(ConfidentialityStatementKind kind) =>
        kind == ConfidentialityStatementKind.De7410 ? $"the {kind.DisplayName()}" : kind.DisplayName();

    private static GrantingAuthority Grantor(AdministratorRole role) =>
        role == AdministratorRole.MisAdministrator ? GrantingAuthority.MisAdministrator : GrantingAuthority.CalJobsSpoc;

    private static string Article(AdministratorRole role) => Grantor(role).GrantorInText();

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
