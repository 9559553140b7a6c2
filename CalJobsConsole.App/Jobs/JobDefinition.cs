namespace CalJobsConsole.App.Jobs;

/// <summary>
/// One background job as the console knows it: its name (the recurring job's id and the <c>CalJobs:Jobs:&lt;Name&gt;:Cron</c>
/// setting), a title and description for the Background jobs page, its default schedule, and how to run it — resolve the
/// job class from a fresh DI scope, call its <c>RunAsync(IJobProgress, CancellationToken)</c> and say in one line what it did.
/// </summary>
public sealed record JobDefinition(string Name, string Title, string Description, string DefaultCron,
    Func<IServiceProvider, IJobProgress, CancellationToken, Task<string>> RunAsync)
{
    /// <summary>False for a job with no schedule, run only when asked (the import's dry run and commit).</summary>
    public bool IsScheduled => DefaultCron.Length > 0;

    /// <summary>A job class run only when something asks for it (no recurring schedule), such as an uploaded import file.</summary>
    public static JobDefinition OnDemand<TJob>(string name, string title, string description,
        Func<TJob, IJobProgress, CancellationToken, Task<string>> run) where TJob : notnull =>
        For(name, title, description, "", run);

    /// <summary>A job class <typeparamref name="TJob"/> (registered in DI) and the one-line summary of its result.</summary>
    public static JobDefinition For<TJob>(string name, string title, string description, string defaultCron,
        Func<TJob, IJobProgress, CancellationToken, Task<string>> run) where TJob : notnull =>
        new(name, title, description, defaultCron, (services, progress, cancellationToken) => run(services.GetRequiredService<TJob>(), progress, cancellationToken));
}
