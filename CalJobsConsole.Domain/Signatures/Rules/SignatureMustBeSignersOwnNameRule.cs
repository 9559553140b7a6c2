using System.Globalization;
using System.Text;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Signatures.Rules;

/// <summary>
/// The rule of the form being signed (DES-1 for Attachment 1, REQ-1 for Attachment 3, DCR-1 for a data change request):
/// the form is signed by the person the directive names, so the signer types their own full name, which must match their
/// name on record. Case, spacing and accents are not held against them ("jose  garcía" signs for "José García"); another
/// name is refused — nobody signs as another person.
/// </summary>
public abstract class SignatureMustBeSignersOwnNameRule(AttestationStatement statement, string nameOnRecord, string? typedName) : IBusinessRule
{
    /// <summary>The rule of the form <paramref name="statement"/> belongs to.</summary>
    public static SignatureMustBeSignersOwnNameRule For(AttestationStatement statement, string nameOnRecord, string? typedName) => statement.Key switch
    {
        var k when k == AttestationStatement.DesignationForm.Key => new DesignationFormSignatureMustBeSignersOwnRule(nameOnRecord, typedName),
        var k when k == AttestationStatement.AccessRequest.Key => new RequestorSignatureMustBeSignersOwnRule(nameOnRecord, typedName),
        var k when k == AttestationStatement.RequestApproval.Key => new ApprovalSignatureMustBeSignersOwnRule(nameOnRecord, typedName),
        var k when k == AttestationStatement.DataChange.Key => new DataChangeSignatureMustBeSignersOwnRule(nameOnRecord, typedName),
        _ => throw new ArgumentOutOfRangeException(nameof(statement), statement.Key, "no signing rule for this statement."),
    };

    public RuleCode Rule => statement.Rule;

    public bool IsBroken() => string.IsNullOrWhiteSpace(typedName) || Comparable(typedName) != Comparable(nameOnRecord);

    public string Reason => string.IsNullOrWhiteSpace(typedName)
        ? $"{statement.Act} needs your signature: your full name, typed under the statement."
        : $"The name typed, \"{Shorten(typedName)}\", is not your name on record; nobody signs a form as another person.";

    public string Remedy => $"Type your own full name as the console knows it, \"{nameOnRecord}\", to sign.";

    /// <summary>Lower case, accents dropped, runs of spaces made one: what two spellings of the same name share.</summary>
    public static string Comparable(string name)
    {
        var decomposed = name.Trim().Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && letters.Length > 0)
                letters.Append(' ');
            space = false;
            letters.Append(char.ToLowerInvariant(c));
        }
        return letters.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Shorten(string text) => text.Trim().Length <= 80 ? text.Trim() : text.Trim()[..80] + "…";
}

/// <summary>DES-1 (WSD24-13, Changes, Additions, and Deletions): the designation form is signed by the Director or Division Chief, or their designee, in their own name.</summary>
public sealed class DesignationFormSignatureMustBeSignersOwnRule(string nameOnRecord, string? typedName)
    : SignatureMustBeSignersOwnNameRule(AttestationStatement.DesignationForm, nameOnRecord, typedName);

/// <summary>REQ-1 (WSD24-13, Create New CalJOBS Staff User Account): the System Access Request is signed by the requestor, in their own name.</summary>
public sealed class RequestorSignatureMustBeSignersOwnRule(string nameOnRecord, string? typedName)
    : SignatureMustBeSignersOwnNameRule(AttestationStatement.AccessRequest, nameOnRecord, typedName);

/// <summary>REQ-1: the administrator approving the System Access Request signs the approval in their own name.</summary>
public sealed class ApprovalSignatureMustBeSignersOwnRule(string nameOnRecord, string? typedName)
    : SignatureMustBeSignersOwnNameRule(AttestationStatement.RequestApproval, nameOnRecord, typedName);

/// <summary>DCR-1 (WSD24-13, Program Reporting and Performance): administrators review and sign data change requests, in their own name.</summary>
public sealed class DataChangeSignatureMustBeSignersOwnRule(string nameOnRecord, string? typedName)
    : SignatureMustBeSignersOwnNameRule(AttestationStatement.DataChange, nameOnRecord, typedName);
