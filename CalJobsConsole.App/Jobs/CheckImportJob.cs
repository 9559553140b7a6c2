using CalJobsConsole.App.Features.Import;

namespace CalJobsConsole.App.Jobs;

/// <summary>
/// On demand (an upload queues it): the dry run of every import file waiting for one, oldest first — read, checked against
/// the console and the directive's rules, its counts and problems stored on the batch. Writes nothing else; safe to run twice
/// (a batch already checked is not waiting).
/// </summary>
public sealed class CheckImportJob(ImportProcessor imports)
{
    public const string Name = "ImportDryRun";

    public Task<string> RunAsync(IJobProgress progress, CancellationToken cancellationToken = default) =>
        imports.CheckQueuedAsync(progress, cancellationToken);
}
