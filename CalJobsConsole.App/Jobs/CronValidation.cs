namespace CalJobsConsole.App.Jobs;

/// <summary>A schedule that is not valid cron, named by its setting: start-up stops with this message.</summary>
public sealed class InvalidJobScheduleException(string setting, string cron, Exception inner)
    : Exception($"The setting {setting} = '{cron}' is not a valid cron expression ({inner.InnerException?.Message ?? inner.Message}). " +
        "Use five fields (minute hour day-of-month month day-of-week), e.g. '15 0 * * *'.", inner)
{
    public string Setting { get; } = setting;
}
