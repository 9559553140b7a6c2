using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Areas;

/// <summary>
/// What Attachment 1 asks beside the person's name, e-mail and phone (issue 20): their title and organisation, their CalJOBS
/// username when they already have one, and the day the change takes effect. Forms filed before these were asked hold none.
/// </summary>
public sealed record DesignationParticulars(string? Title, string? Organisation, string? CalJobsUsername, DateOnly? EffectiveOn)
{
    public const int MaxTitleLength = 200;
    public const int MaxOrganisationLength = 200;

    /// <summary>How far back an effective date may go: a form often follows a change already made (an administrator who left last week).</summary>
    public const int MaxDaysBack = 30;

    /// <summary>How far ahead: a designation planned for next year is filed then, not now.</summary>
    public const int MaxDaysAhead = 365;

    /// <summary>The effective date, within <see cref="MaxDaysBack"/> days before and <see cref="MaxDaysAhead"/> days after the signing.</summary>
    public static DateOnly EffectiveWithin(DateOnly? effectiveOn, DateOnly signedOn) =>
        Guard.Within(effectiveOn, signedOn.AddDays(-MaxDaysBack), signedOn.AddDays(MaxDaysAhead), nameof(EffectiveOn),
            $"at most {MaxDaysBack} days before the signing and a year after it");

    /// <summary>
    /// For an addition or a change of contact: title, organisation and effective date are required; the CalJOBS username is
    /// optional, since a person new to CalJOBS has none yet.
    /// </summary>
    internal DesignationParticulars CheckedForPerson(DateOnly signedOn) => new(
        Guard.Required(Title, nameof(Title), MaxTitleLength),
        Guard.Required(Organisation, nameof(Organisation), MaxOrganisationLength),
        Guard.OptionalCalJobsUsername(CalJobsUsername, nameof(CalJobsUsername)),
        EffectiveWithin(EffectiveOn, signedOn));
}
