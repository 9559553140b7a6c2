namespace CalJobsConsole.Domain.Attestations;

public enum ConfidentialityStatementKind
{
    /// <summary>Employee Confidentiality Statement, for EDD staff.</summary>
    De7410 = 1,

    /// <summary>Vendor/Contractor Confidentiality Statement, for non-EDD staff.</summary>
    AttachmentE1 = 2,
}

public static class ConfidentialityStatementKinds
{
    public static ConfidentialityStatementKind RequiredStatement(this StaffKind staffKind) =>
        staffKind == StaffKind.Edd ? ConfidentialityStatementKind.De7410 : ConfidentialityStatementKind.AttachmentE1;

    public static string DisplayName(this ConfidentialityStatementKind kind) =>
        kind == ConfidentialityStatementKind.De7410 ? "DE 7410" : "Attachment E-1";
}
