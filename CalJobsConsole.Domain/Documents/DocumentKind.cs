namespace CalJobsConsole.Domain.Documents;

/// <summary>Kinds of evidence document the directive asks to be uploaded to a staff account (DOC-1).</summary>
public enum DocumentKind
{
    /// <summary>The approved CalJOBS System Access Request form (Attachment 3) of the act it evidences.</summary>
    SystemAccessRequestForm = 1,

    /// <summary>The staff member's ISPA training certificate (non-EDD staff).</summary>
    IspaCertificate = 2,

    /// <summary>The signed Vendor/Contractor Confidentiality Statement, Attachment E-1 (non-EDD staff).</summary>
    SignedAttachmentE1 = 3,
}

public static class DocumentKinds
{
    public static string DisplayName(this DocumentKind kind) => kind switch
    {
        DocumentKind.SystemAccessRequestForm => "approved System Access Request form (Attachment 3)",
        DocumentKind.IspaCertificate => "ISPA training certificate",
        DocumentKind.SignedAttachmentE1 => "signed Attachment E-1",
        _ => kind.ToString(),
    };
}
