using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace CalJobsConsole.Tests.Support;

/// <summary>An <see cref="IBackgroundJobClient"/> that records the jobs it is given (method, arguments, state) and runs none.</summary>
public sealed class RecordingJobClient : IBackgroundJobClient
{
    private readonly List<(Job Job, IState State)> _created = [];

    public IReadOnlyList<(Job Job, IState State)> Created
    {
        get
        {
            lock (_created)
                return _created.ToList();
        }
    }

    public string Create(Job job, IState state)
    {
        lock (_created)
        {
            _created.Add((job, state));
            return _created.Count.ToString();
        }
    }

    public bool ChangeState(string jobId, IState state, string expectedState) => true;
}
