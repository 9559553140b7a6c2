using System.Security.Cryptography;
using System.Text;

namespace CalJobsConsole.App.Features.Records;

/// <summary>
/// One filed form (Attachment 1, 2 or 3) as its PDF record shows it: plain text only, already in words (never enum names) and
/// with times already in business time, so the renderer and the content hash need nothing else. <see cref="Generated"/> is the
/// only part left out of the content hash: the same form rendered twice has the same <see cref="ContentSha256"/>.
/// </summary>
/// <param name="Title">"CalJOBS System Access Request (Attachment 3)".</param>
/// <param name="DirectiveReference">"WSD24-13, Attachment 3 (REQ-1)".</param>
/// <param name="RecordId">The form's own id (the request's, the designation form's, the issue report's).</param>
/// <param name="Kind">What the form asks, in words ("New account", "Add an administrator", "System issue").</param>
/// <param name="Sections">The form's fields, in the order the form has them.</param>
/// <param name="Signatures">Who signed or submitted the form, in order.</param>
/// <param name="Decision">The decision on the form; null while nobody has decided.</param>
/// <param name="Generated">When the record was generated, in business time ("2026-03-16 13:33 Pacific time").</param>
public sealed record FormRecord(
    string Title,
    string DirectiveReference,
    Guid RecordId,
    string Kind,
    IReadOnlyList<FormRecordSection> Sections,
    IReadOnlyList<FormRecordSignature> Signatures,
    FormRecordDecision? Decision,
    string Generated)
{
    /// <summary>The first line of <see cref="CanonicalText"/>: a change of the canonical form gets a new number.</summary>
    public const string CanonicalFormat = "caljobs-form-record/1";

    /// <summary>What the record says when nobody has decided yet.</summary>
    public const string NotDecidedYet = "Not decided yet";

    /// <summary>
    /// The record's content as canonical text: one "key: value" line per field, in order, every value's line breaks written
    /// as <c>\n</c> (and backslashes doubled), so no value can pass for another line; everything but <see cref="Generated"/>.
    /// </summary>
    public string CanonicalText()
    {
        var text = new StringBuilder();
        void Line(string key, string? value) => text.Append(key).Append(": ").Append(Escape(value)).Append('\n');
        text.Append(CanonicalFormat).Append('\n');
        Line("title", Title);
        Line("directive", DirectiveReference);
        Line("record", RecordId.ToString("D"));
        Line("kind", Kind);
        foreach (var section in Sections)
        {
            Line("section", section.Heading);
            foreach (var field in section.Lines)
            {
                Line("field.label", field.Label);
                Line("field.value", field.Value);
            }
        }
        foreach (var signature in Signatures)
        {
            Line("signature.act", signature.Act);
            Line("signature.name", signature.Name);
            Line("signature.role", signature.Role);
            Line("signature.at", signature.SignedAt);
            Line("signature.statement", signature.Statement ?? "");
            Line("signature.statement-version", signature.StatementVersion ?? "");
        }
        if (Decision is { } decision)
        {
            Line("decision.outcome", decision.Outcome);
            Line("decision.by", decision.By ?? "");
            Line("decision.at", decision.At ?? "");
            Line("decision.note", decision.Note ?? "");
        }
        else
            Line("decision.outcome", NotDecidedYet);
        return text.ToString();
    }

    /// <summary>SHA-256 of <see cref="CanonicalText"/> in UTF-8, lower-case hex: the hash the PDF's footer carries.</summary>
    public string ContentSha256() => Sha256Hex(Encoding.UTF8.GetBytes(CanonicalText()));

    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Escape(string? value) =>
        (value ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Replace("\\", "\\\\").Replace("\n", "\\n");
}

/// <summary>A heading and its label/value lines, as the form shows them.</summary>
public sealed record FormRecordSection(string Heading, IReadOnlyList<FormRecordLine> Lines);

/// <summary>One field of a form: "Staff member" — "José Ñúñez".</summary>
public sealed record FormRecordLine(string Label, string Value);

/// <summary>
/// One signing act on a form: what was done ("Signed the form", "Submitted the request"), by whom and in which role, when
/// (business time, as text), and the attestation statement signed with its version — null where none was recorded (forms
/// filed before statements were kept).
/// </summary>
public sealed record FormRecordSignature(string Act, string Name, string Role, string SignedAt, string? Statement = null, string? StatementVersion = null);

/// <summary>The decision on a form, in words: "Approved", by whom, when (business time, as text), with its note if any.</summary>
public sealed record FormRecordDecision(string Outcome, string? By, string? At, string? Note = null);
