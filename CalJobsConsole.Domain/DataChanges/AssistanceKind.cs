namespace CalJobsConsole.Domain.DataChanges;

/// <summary>DCR-1: the two kinds of help the administrator is the point of contact for.</summary>
public enum AssistanceKind
{
    /// <summary>Data element validation, data validation and integrity issues (WSD22-04).</summary>
    DataValidation,

    /// <summary>Assignment of a pseudo social security number for a CalJOBS account (WSD20-11).</summary>
    PseudoSsnAssignment,
}

public static class AssistanceKindNames
{
    public static string DisplayName(this AssistanceKind kind) => kind switch
    {
        AssistanceKind.DataValidation => "Data validation",
        AssistanceKind.PseudoSsnAssignment => "Pseudo-SSN assignment",
        _ => kind.ToString(),
    };
}
