namespace CalJobsConsole.Domain.Attestations;

/// <summary>EDD staff sign the DE 7410; everyone else (Local Area partners, contractors) signs Attachment E-1 (PRE-1).</summary>
public enum StaffKind
{
    Edd = 1,
    NonEdd = 2,
}

public static class StaffKinds
{
    /// <summary>The staff kind as people read it: "EDD staff", never <c>Edd</c>.</summary>
    public static string DisplayName(this StaffKind staffKind) => staffKind switch
    {
        StaffKind.Edd => "EDD staff",
        StaffKind.NonEdd => "Non-EDD staff",
        _ => staffKind.ToString(),
    };
}
