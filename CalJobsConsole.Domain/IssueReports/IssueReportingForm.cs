using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;

namespace CalJobsConsole.Domain.IssueReports;

/// <summary>
/// The CalJOBS Issue Reporting Form (WSD24-13, Attachment 2) as the administrator completes it: what happened, where
/// (page or module), when, the steps to reproduce it, and the users and accounts affected. Screenshots are kept on the
/// report as evidence files.
/// </summary>
public sealed record IssueReportingForm
{
    public const int MaxTextLength = 4000;
    public const int MaxWhereLength = 300;

    private IssueReportingForm(string whatHappened, string where, DateOnly occurredOn, string stepsToReproduce, string affectedUsersAndAccounts)
    {
        WhatHappened = whatHappened;
        Where = where;
        OccurredOn = occurredOn;
        StepsToReproduce = stepsToReproduce;
        AffectedUsersAndAccounts = affectedUsersAndAccounts;
    }

    public string WhatHappened { get; }

    /// <summary>The CalJOBS page or module where it happened.</summary>
    public string Where { get; }

    public DateOnly OccurredOn { get; }

    public string StepsToReproduce { get; }

    public string AffectedUsersAndAccounts { get; }

    /// <summary>Every field required; the date may not be after <paramref name="today"/>.</summary>
    public static IssueReportingForm Complete(string? whatHappened, string? where, DateOnly? occurredOn, string? stepsToReproduce,
        string? affectedUsersAndAccounts, DateOnly today) =>
        new(ParticipantText.Required(whatHappened, nameof(WhatHappened), MaxTextLength, "What happened"),
            ParticipantText.Required(where, nameof(Where), MaxWhereLength, "Where"),
            Guard.NotInFuture(occurredOn ?? throw new InvalidInputException(nameof(OccurredOn), "is required."), today, nameof(OccurredOn)),
            ParticipantText.Required(stepsToReproduce, nameof(StepsToReproduce), MaxTextLength, "Steps to reproduce"),
            ParticipantText.Required(affectedUsersAndAccounts, nameof(AffectedUsersAndAccounts), MaxTextLength, "Users and accounts affected"));
}
