using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Monitoring.Rules;

namespace CalJobsConsole.Domain.Monitoring;

/// <summary>One automatic finding on a sampled account: the rule found broken, and how the Operations Unit and the area followed it up.</summary>
public sealed class MonitoringFinding : Entity
{
    private MonitoringFinding()
    {
    }

    public Guid ReviewId { get; private set; }

    public Guid SampleId { get; private set; }

    /// <summary>The sampled account's area at the draw: whose administrators answer, whose Director reads the result.</summary>
    public Guid AreaId { get; private set; }

    public Guid AccountId { get; private set; }

    /// <summary>The rule's code (DOC-1, PRE-2, REN-1, DEA-1 …).</summary>
    public string Code { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public string Remedy { get; private set; } = "";

    public FindingStatus Status { get; private set; }

    public string? RequestNote { get; private set; }

    public DateTimeOffset? RequestedAt { get; private set; }

    public Guid? RequestedById { get; private set; }

    public string? AnswerText { get; private set; }

    public Guid? AnswerDocumentId { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public Guid? AnsweredById { get; private set; }

    public string? ResolutionNote { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public Guid? ResolvedById { get; private set; }

    public RuleCode Rule => RuleCode.All.SingleOrDefault(r => r.Code == Code) ?? new RuleCode(Code, "");

    internal static MonitoringFinding From(Guid reviewId, MonitoringSample sample, BrokenRule rule) => new()
    {
        ReviewId = reviewId,
        SampleId = sample.Id,
        AreaId = sample.AreaId,
        AccountId = sample.AccountId,
        Code = rule.Code,
        Reason = rule.Reason,
        Remedy = rule.Remedy,
        Status = FindingStatus.Open,
    };

    internal void RequestDocumentation(string note, Guid requestedById, DateTimeOffset at)
    {
        CheckRule(new FindingMustBeInStatusRule("sent back for documentation", Status, FindingStatus.Open, FindingStatus.Answered));
        Status = FindingStatus.DocumentationRequested;
        RequestNote = note;
        RequestedAt = at;
        RequestedById = Guard.Required(requestedById, nameof(RequestedById));
    }

    internal void Answer(string explanation, Guid? documentId, Guid answeredById, DateTimeOffset at)
    {
        CheckRule(new FindingMustBeInStatusRule("answered", Status, FindingStatus.DocumentationRequested));
        Status = FindingStatus.Answered;
        AnswerText = explanation;
        AnswerDocumentId = documentId;
        AnsweredAt = at;
        AnsweredById = Guard.Required(answeredById, nameof(AnsweredById));
    }

    internal void Resolve(string note, Guid resolvedById, DateTimeOffset at)
    {
        CheckRule(new FindingMustBeInStatusRule("resolved", Status, FindingStatus.Open, FindingStatus.DocumentationRequested, FindingStatus.Answered));
        Status = FindingStatus.Resolved;
        ResolutionNote = note;
        ResolvedAt = at;
        ResolvedById = Guard.Required(resolvedById, nameof(ResolvedById));
    }
}
