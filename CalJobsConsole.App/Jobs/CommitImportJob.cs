using CalJobsConsole.App.Features.Import;

namespace CalJobsConsole.App.Jobs;

/// <summary>
/// On demand (an Operations Unit member's confirmation queues it): writes every confirmed import file, checking it again first;
/// safe to run twice (keyed by username, a second run creates nothing).
/// </summary>
public sealed class CommitImportJob(ImportProcessor imports)
{
    public const string Name = "ImportCommit";

    public Task<string> RunAsync(IJobProgress progress, CancellationToken cancellationToken = default) =>
        imports.CommitQueuedAsync(progress, cancellationToken);
}
