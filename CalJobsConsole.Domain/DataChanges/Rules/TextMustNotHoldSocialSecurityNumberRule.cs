using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.DataChanges.Rules;

/// <summary>
/// DCR-1 (WSD24-13, Program Reporting and Performance): administrators "assist with the assignment of pseudo social security
/// numbers" and answer for data validation, but the console is not where a Social Security number lives — no text of a data
/// change request, an assistance contact, an issue report or any note, reason or message that can carry participant data
/// may hold anything shaped like one (<see cref="SocialSecurityNumberShape"/>; <see cref="ParticipantText"/> on free text).
/// The message names the field only, never the number.
/// </summary>
public sealed class TextMustNotHoldSocialSecurityNumberRule(string fieldLabel, string? text) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Dcr1;

    public string FieldLabel => fieldLabel;

    public bool IsBroken() => SocialSecurityNumberShape.IsFoundIn(text);

    public string Reason => $"{fieldLabel} holds something shaped like a Social Security number; the console never stores one.";

    public string Remedy => "Remove it and refer to the participant by their CalJOBS participant record ID (not nine digits in a row).";
}
