namespace CalJobsConsole.Domain.Attestations;

/// <summary>EDD staff sign the DE 7410; everyone else (Local Area partners, contractors) signs Attachment E-1 (PRE-1).</summary>
public enum StaffKind
{
    Edd = 1,
    NonEdd = 2,
}
