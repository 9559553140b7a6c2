using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Monitoring;

/// <summary>One sampled account of a review: its area and stratum at the draw, names for the screens, and its findings.</summary>
public sealed class MonitoringSample : Entity
{
    private readonly List<MonitoringFinding> _findings = [];

    private MonitoringSample()
    {
    }

    public Guid ReviewId { get; private set; }

    public Guid AccountId { get; private set; }

    public Guid AreaId { get; private set; }

    public MonitoringStratum Stratum { get; private set; }

    public string Username { get; private set; } = "";

    public string StaffName { get; private set; } = "";

    public IReadOnlyCollection<MonitoringFinding> Findings => _findings.AsReadOnly();

    public bool IsCompliant => _findings.Count == 0;

    internal static MonitoringSample Of(Guid reviewId, SampledAccount account)
    {
        var sample = new MonitoringSample
        {
            ReviewId = reviewId,
            AccountId = account.Candidate.AccountId,
            AreaId = account.Candidate.AreaId,
            Stratum = account.Candidate.Stratum,
            Username = account.Username,
            StaffName = account.StaffName,
        };
        foreach (var finding in account.Findings)
            sample._findings.Add(MonitoringFinding.From(reviewId, sample, finding));
        return sample;
    }
}
