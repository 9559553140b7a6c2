using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Areas.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.IssueReports.Rules;

namespace CalJobsConsole.Domain.IssueReports;

/// <summary>
/// A problem a staff member meets in CalJOBS, reported to their area's administrator (ISS-1). The administrator of the
/// report's area and office verifies it is a system issue — then completes the Issue Reporting Form (Attachment 2), with
/// screenshots, and submits it to the Operations Unit — or closes it as user error with a note back to the staff member. The
/// Operations Unit replies to the administrator (and may mark it resolved); the administrator relays each reply to the staff
/// member. Staff never address the Operations Unit: every correspondence is between it and the administrator.
/// </summary>
public sealed class IssueReport : Entity
{
    public const int MaxSummaryLength = 200;
    public const int MaxTextLength = 4000;

    private readonly List<IssueMessage> _messages = [];
    private readonly List<IssueScreenshot> _screenshots = [];

    /// <summary>For EF Core.</summary>
    private IssueReport() => (Summary, Description) = (null!, null!);

    private IssueReport(Guid reporterId, Guid areaId, Guid officeId, string summary, string description, DateTimeOffset reportedAt)
    {
        ReporterId = reporterId;
        AreaId = areaId;
        OfficeId = officeId;
        Summary = summary;
        Description = description;
        ReportedAt = reportedAt;
        Status = IssueReportStatus.Reported;
    }

    /// <summary>The staff member (their staff account and console user share the id).</summary>
    public Guid ReporterId { get; private set; }

    public Guid AreaId { get; private set; }

    public Guid OfficeId { get; private set; }

    public string Summary { get; private set; }

    public string Description { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    public IssueReportStatus Status { get; private set; }

    /// <summary>The administrator who verified or closed it.</summary>
    public Guid? HandledById { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    public string? UserErrorNote { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public IssueReportingForm? Form { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>Concurrency token: two administrators (or two Operations Unit users) acting at once cannot both win.</summary>
    public int Version { get; private set; }

    public IReadOnlyCollection<IssueMessage> Messages => _messages.AsReadOnly();

    public IReadOnlyCollection<IssueScreenshot> Screenshots => _screenshots.AsReadOnly();

    /// <summary>A staff member reports a problem to the administrators of their staff account's area and office.</summary>
    public static IssueReport Report(Guid? staffAccountId, Guid areaId, Guid officeId, string? summary, string? description, BusinessClock clock)
    {
        CheckRule(new IssueReporterMustHoldStaffAccountRule(staffAccountId));
        return new IssueReport(staffAccountId!.Value, Guard.Required(areaId, nameof(AreaId)), Guard.Required(officeId, nameof(OfficeId)),
            ParticipantText.Required(summary, nameof(Summary), MaxSummaryLength, "Summary"),
            ParticipantText.Required(description, nameof(Description), MaxTextLength, "Description"), clock.UtcNow);
    }

    /// <summary>The area's administrator finds it is a system issue, not user error; the reporting form comes next.</summary>
    public void VerifyAsSystemIssue(AdministratorActor? administrator, BusinessClock clock)
    {
        var actor = CheckAdministrator(administrator);
        CheckRule(new IssueReportMustBeInStatusRule("verified", Status, IssueReportStatus.Reported));
        (Status, HandledById, VerifiedAt) = (IssueReportStatus.Verified, actor.PersonId, clock.UtcNow);
        Version++;
    }

    /// <summary>The area's administrator finds it is user error and closes it with a note the staff member reads.</summary>
    public void CloseAsUserError(AdministratorActor? administrator, string? note, BusinessClock clock)
    {
        var actor = CheckAdministrator(administrator);
        CheckRule(new IssueReportMustBeInStatusRule("closed as user error", Status, IssueReportStatus.Reported, IssueReportStatus.Verified));
        UserErrorNote = ParticipantText.Required(note, nameof(UserErrorNote), MaxTextLength, "Note");
        (Status, HandledById, ClosedAt) = (IssueReportStatus.ClosedAsUserError, actor.PersonId, clock.UtcNow);
        Version++;
    }

    /// <summary>A screenshot for the reporting form, kept as an evidence file, while the administrator completes the form.</summary>
    public IssueScreenshot AttachScreenshot(AdministratorActor? administrator, string? fileName, EvidenceFileType fileType, string sha256, long sizeBytes,
        BusinessClock clock)
    {
        var actor = CheckAdministrator(administrator);
        CheckRule(new IssueReportMustBeInStatusRule("given screenshots", Status, IssueReportStatus.Verified));
        var screenshot = new IssueScreenshot(Id, Guard.Required(fileName, "FileName", IssueScreenshot.MaxFileNameLength), Guard.Defined(fileType, "FileType"),
            Guard.Required(sha256, "Sha256", 64), sizeBytes, actor.PersonId, clock.UtcNow);
        _screenshots.Add(screenshot);
        Version++;
        return screenshot;
    }

    /// <summary>The administrator submits the completed Issue Reporting Form (Attachment 2) to the Operations Unit — staff cannot (ISS-1).</summary>
    public void SubmitToOperationsUnit(AdministratorActor? administrator, IssueReportingForm form, BusinessClock clock)
    {
        CheckAdministrator(administrator);
        CheckRule(new IssueReportMustBeVerifiedBeforeSubmissionRule(Status));
        Form = form ?? throw new InvalidInputException(nameof(Form), "the completed reporting form is required.");
        (Status, SubmittedAt) = (IssueReportStatus.SubmittedToOperationsUnit, clock.UtcNow);
        Version++;
    }

    /// <summary>The Operations Unit replies to the administrator; with <paramref name="resolve"/> the report is resolved.</summary>
    public IssueMessage ReplyFromOperationsUnit(Guid operationsUnitUserId, string? text, bool resolve, BusinessClock clock)
    {
        CheckRule(new IssueReportMustBeInStatusRule("answered by the Operations Unit", Status, IssueReportStatus.SubmittedToOperationsUnit));
        var reply = new IssueMessage(Id, IssueMessageKind.OperationsUnitReply, ParticipantText.Required(text, "Text", MaxTextLength, "Reply"),
            Guard.Required(operationsUnitUserId, "AuthorId"), clock.UtcNow, resolve, null);
        _messages.Add(reply);
        if (resolve)
            (Status, ResolvedAt) = (IssueReportStatus.Resolved, clock.UtcNow);
        Version++;
        return reply;
    }

    /// <summary>The administrator relays a reply of the Operations Unit to the staff member, in their own words or its own.</summary>
    public IssueMessage RelayToStaff(AdministratorActor? administrator, Guid replyId, string? text, BusinessClock clock)
    {
        var actor = CheckAdministrator(administrator);
        var reply = _messages.SingleOrDefault(m => m.Id == replyId);
        CheckRule(new RelayMustFollowOperationsUnitReplyRule(reply, _messages.Any(m => m.RelaysMessageId == replyId)));
        var update = new IssueMessage(Id, IssueMessageKind.RelayedToStaff, ParticipantText.Required(text, "Text", MaxTextLength, "Update to staff"), actor.PersonId, clock.UtcNow,
            false, replyId);
        _messages.Add(update);
        Version++;
        return update;
    }

    /// <summary>The replies of the Operations Unit the administrator has not relayed yet.</summary>
    public IReadOnlyList<IssueMessage> UnrelayedReplies =>
        _messages.Where(m => m.Kind == IssueMessageKind.OperationsUnitReply && _messages.All(u => u.RelaysMessageId != m.Id)).ToList();

    /// <summary>SCO-1, DES-2, REV-1: an administrator of this report's area and office, trained, not suspended.</summary>
    private AdministratorActor CheckAdministrator(AdministratorActor? administrator)
    {
        CheckRule(new IssueMustReachOperationsUnitThroughAdministratorRule(administrator));
        CheckRules(
            new AdministratorMustActWithinScopeRule(administrator!, AreaId, OfficeId),
            new AdministratorMustBeTrainedRule(administrator!),
            new AdministratorMustNotBeSuspendedRule(administrator!));
        return administrator!;
    }
}
