namespace CalJobsConsole.App.Features.Records;

/// <summary>The three forms of the directive the console keeps as data and renders as PDF records.</summary>
public enum FormRecordKind
{
    /// <summary>The CalJOBS System Access Request (Attachment 3).</summary>
    AccessRequest = 1,

    /// <summary>The designation form (Attachment 1).</summary>
    DesignationForm = 2,

    /// <summary>The CalJOBS Issue Reporting Form (Attachment 2), with the report it completes.</summary>
    IssueReport = 3,
}

public static class FormRecordKinds
{
    public static IReadOnlyList<FormRecordKind> All { get; } = Enum.GetValues<FormRecordKind>();

    /// <summary>The download's path segment: /records/{segment}/{id}.pdf.</summary>
    public static string PathSegment(this FormRecordKind kind) => kind switch
    {
        FormRecordKind.AccessRequest => "access-requests",
        FormRecordKind.DesignationForm => "designation-forms",
        _ => "issue-reports",
    };

    /// <summary>The download's address, relative to the console's base (as every link of the console is).</summary>
    public static string DownloadUrl(this FormRecordKind kind, Guid id) => $"records/{kind.PathSegment()}/{id:D}.pdf";

    /// <summary>The file name the browser saves: "attachment-3-system-access-request-{id}.pdf".</summary>
    public static string FileName(this FormRecordKind kind, Guid id) => kind switch
    {
        FormRecordKind.AccessRequest => $"attachment-3-system-access-request-{id:D}.pdf",
        FormRecordKind.DesignationForm => $"attachment-1-designation-form-{id:D}.pdf",
        _ => $"attachment-2-issue-report-{id:D}.pdf",
    };
}
