namespace CalJobsConsole.App.Jobs;

/// <summary>
/// The jobs the runner may run, the schedule registers and the Background jobs page lists: the App's are
/// <see cref="JobSchedule.Jobs"/>; a test gives its own definitions.
/// </summary>
public sealed class JobCatalogue(IEnumerable<JobDefinition> jobs)
{
    public IReadOnlyList<JobDefinition> All { get; } = jobs.ToList();

    public JobDefinition? Find(string jobName) => All.FirstOrDefault(j => j.Name == jobName);
}
