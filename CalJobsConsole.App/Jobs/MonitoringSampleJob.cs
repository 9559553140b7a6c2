using CalJobsConsole.App.Data;
using CalJobsConsole.App.Features.Monitoring;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Jobs;

/// <summary>
/// MON-1, quarterly (first day of a quarter): draws the monitoring sample of the quarter just ended with its automatic
/// findings and tells the Operations Unit. Safe to run twice and after missed runs: a quarter is drawn once (its review is
/// unique), and a late run draws only the quarter just ended — one catch-up, not one per missed quarter.
/// </summary>
public sealed class MonitoringSampleJob(MonitoringDraw draw, IDbContextFactory<ConsoleDbContext> contexts, BusinessClock clock,
    INotificationSender notifications, ILogger<MonitoringSampleJob> logger)
{
    public const string Name = "MonitoringSample";

    public async Task<MonitoringDrawOutcome> RunAsync(IJobProgress progress, CancellationToken cancellationToken)
    {
        var quarter = Quarter.JustEndedBefore(clock.Today);
        var outcome = await draw.DrawAsync(quarter, progress: progress, cancellationToken: cancellationToken);
        if (!outcome.Drawn)
        {
            logger.LogInformation("The monitoring sample of {Quarter} was drawn before; nothing to do.", quarter);
            return outcome;
        }
        try
        {
            await notifications.SendAsync(await DrawnNoticeAsync(outcome.Review, cancellationToken), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The review is recorded and listed on the monitoring page; the notice is a courtesy.
            logger.LogError(ex, "The Operations Unit was not told of the monitoring sample of {Quarter}.", quarter);
        }
        return outcome;
    }

    private async Task<OutgoingNotification> DrawnNoticeAsync(MonitoringReview review, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var operations = await Recipients.OperationsUnitAsync(db, cancellationToken);
        var findings = review.Findings.Count();
        var withFindings = review.Samples.Count(s => !s.IsCompliant);
        return new OutgoingNotification("MonitoringSampleDrawn",
            $"Monitoring sample of {review.Quarter} drawn: {review.Samples.Count} accounts, {findings} finding(s)",
            $"The quarterly System Access Monitoring sample (MON-1) of {review.Quarter} is drawn: {review.Samples.Count} accounts in three strata " +
            $"(up to {review.SizePerStratum} each, every area with accounts represented), {withFindings} of them with {findings} automatic finding(s). " +
            $"Review the findings, request documentation where needed and publish the results at /monitoring/{review.Id}.",
            operations, []);
    }
}
