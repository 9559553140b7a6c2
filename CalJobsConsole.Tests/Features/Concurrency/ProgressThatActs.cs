using CalJobsConsole.App.Jobs;

namespace CalJobsConsole.Tests.Features.Concurrency;

/// <summary>
/// A job's progress that, at the job's first report (made once it has read what it will work on, before it changes
/// anything), lets someone else's change land: a person acting while the job runs, at the worst moment, every time.
/// </summary>
public sealed class ProgressThatActs(Func<Task> meanwhile) : IJobProgress
{
    private bool _acted;

    public async Task ReportAsync(int done, int? total, string? status = null, CancellationToken cancellationToken = default)
    {
        if (_acted)
            return;
        _acted = true;
        await meanwhile();
    }
}
