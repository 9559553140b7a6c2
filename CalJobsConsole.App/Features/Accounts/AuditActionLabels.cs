using System.Text;
using System.Text.Json;

namespace CalJobsConsole.App.Features.Accounts;

/// <summary>
/// Audit actions as people read them on a timeline. The services name actions in more than one style
/// ("AccessRequest.Approved", "EvidenceUploaded", "area.created"); a known one gets its own words, any other is
/// spelled out from its name, so a new action shows up readable before anyone adds it here.
/// </summary>
public static class AuditActionLabels
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["AccessRequest.Submitted"] = "Request submitted",
        ["AccessRequest.Corrected"] = "Request corrected and resubmitted",
        ["AccessRequest.Approved"] = "Request approved",
        ["AccessRequest.ReturnedForCorrection"] = "Request returned for correction",
        ["AccessRequest.Rejected"] = "Request rejected",
        ["EvidenceUploaded"] = "Evidence uploaded",
        ["EvidenceFiledByConsole"] = "Approved request form filed by the console (DOC-1)",
        ["StaffAccountSuspended"] = "Account suspended by the Operations Unit (REV-1)",
        ["StaffAccountSuspensionLifted"] = "Operations Unit suspension lifted",
        ["StaffAccount.PasswordReset"] = "Password reset; new temporary password issued (CRD-1)",
        ["StaffAccount.PrivilegesChanged"] = "Privilege group and extra privileges changed",
        ["AccessRequest.Fulfilled"] = "Request fulfilled",
        ["StaffAccount.Renewed"] = "Account renewed (REN-1)",
        ["StaffAccount.Deactivated"] = "Account deactivated (DEA-1)",
        ["StaffAccount.DeactivationScheduled"] = "Deactivation scheduled (DEA-1)",
    };

    /// <summary>What the audit record's "after" state says in words worth showing: a decision's or suspension's note, an uploaded file's name, a privilege change's before → after, a renewal's or deactivation's note.</summary>
    private static readonly string[] NoteFields = ["DecisionNote", "SuspensionNote", "FileName", "Change", "Note"];

    public static string For(string action) => Known.TryGetValue(action, out var label) ? label : Spelled(action);

    /// <summary>The first note-like field of the record's JSON "after" state, or null.</summary>
    public static string? NoteOf(string? after)
    {
        if (string.IsNullOrWhiteSpace(after))
            return null;
        try
        {
            using var json = JsonDocument.Parse(after);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return null;
            foreach (var field in NoteFields)
                if (json.RootElement.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
                    return value.GetString();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>"StaffAccount.Renewed" → "Staff account renewed"; "role.removed" → "Role removed".</summary>
    private static string Spelled(string action)
    {
        var words = new StringBuilder(action.Length + 8);
        foreach (var c in action)
        {
            if (c is '.' or '-' or '_')
                words.Append(' ');
            else if (char.IsUpper(c) && words.Length > 0 && words[^1] != ' ')
                words.Append(' ').Append(char.ToLowerInvariant(c));
            else
                words.Append(char.ToLowerInvariant(c));
        }
        var text = string.Join(' ', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? action : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
