namespace CalJobsConsole.App.Features.Areas;

/// <summary>
/// The area, office and coverage dialogs' names for the domain's fields, so a refused input reads as the person saw the
/// form: "Local Area: … is not a Local Area." rather than "LocalAreaId: …".
/// </summary>
public static class AreaFieldLabels
{
    public static string Of(string field) => field switch
    {
        "LocalAreaId" => "Local Area",
        "ServingDivisionId" => "Serving field division",
        "DirectorId" => "Director or Division Chief",
        "DirectorName" or "DirectorFullName" or "FullName" => "Full name",
        "DirectorEmail" or "Email" => "E-mail",
        "Coverage" or "OfficeIds" => "Coverage",
        _ => field,
    };

    /// <summary>The same outcome, its refused input led by the field's label; any other outcome unchanged.</summary>
    public static ActOutcome Labelled(ActOutcome outcome) =>
        outcome is { Problem: { } problem, ProblemField: { } field } ? outcome with { Problem = $"{Of(field)}: {problem}" } : outcome;
}
