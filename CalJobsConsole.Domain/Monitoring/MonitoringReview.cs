using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Domain.Monitoring.Rules;

namespace CalJobsConsole.Domain.Monitoring;

/// <summary>One account drawn for the review, with what its area was then and the automatic findings on it.</summary>
public sealed record SampledAccount(SamplingCandidate Candidate, string Username, string StaffName, IReadOnlyList<BrokenRule> Findings);

/// <summary>
/// MON-1: the Operations Unit's review of one quarter. Drawn once per quarter (the quarter is unique) with the seed, the
/// population's as-of time and the size per stratum recorded, so the same sample can be drawn again; holds the sampled
/// accounts and their findings. The Operations Unit may ask an area's administrator for more documentation on a finding,
/// the administrator answers, the Operations Unit resolves; publishing sends the results out and freezes the review.
/// </summary>
public sealed class MonitoringReview : Entity
{
    public const int MaxNoteLength = 2000;

    private readonly List<MonitoringSample> _samples = [];

    private MonitoringReview()
    {
    }

    public int Year { get; private set; }

    public int QuarterNumber { get; private set; }

    public Quarter Quarter => new(Year, QuarterNumber);

    /// <summary>The seed of the draw: with <see cref="AsOf"/> and <see cref="SizePerStratum"/>, draws the same sample again.</summary>
    public int Seed { get; private set; }

    /// <summary>The instant the population was read as of: the end of the quarter.</summary>
    public DateTimeOffset AsOf { get; private set; }

    public int SizePerStratum { get; private set; }

    public DateTimeOffset DrawnAt { get; private set; }

    public MonitoringReviewStatus Status { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public Guid? PublishedById { get; private set; }

    /// <summary>Bumped by every change, the concurrency token: two people acting on the same review at once do not both win.</summary>
    public int Version { get; private set; }

    public IReadOnlyCollection<MonitoringSample> Samples => _samples.AsReadOnly();

    public IEnumerable<MonitoringFinding> Findings => _samples.SelectMany(s => s.Findings);

    public static MonitoringReview Record(Quarter quarter, int seed, DateTimeOffset asOf, int sizePerStratum, IEnumerable<SampledAccount> sample,
        DateTimeOffset drawnAt)
    {
        if (sizePerStratum < 1)
            throw new InvalidInputException(nameof(SizePerStratum), "a stratum's sample holds at least one account.");
        var review = new MonitoringReview
        {
            Year = quarter.Year,
            QuarterNumber = quarter.Number,
            Seed = seed,
            AsOf = asOf,
            SizePerStratum = sizePerStratum,
            DrawnAt = drawnAt,
            Status = MonitoringReviewStatus.Open,
        };
        foreach (var account in sample.DistinctBy(a => a.Candidate.AccountId))
            review._samples.Add(MonitoringSample.Of(review.Id, account));
        return review;
    }

    public MonitoringFinding Finding(Guid findingId) =>
        Findings.SingleOrDefault(f => f.Id == findingId) ?? throw new InvalidInputException("FindingId", "no such finding in this review.");

    /// <summary>The Operations Unit asks the area's administrator for more documentation on an open or answered finding.</summary>
    public void RequestDocumentation(Guid findingId, string note, Guid requestedById, DateTimeOffset at)
    {
        CheckRule(new ReviewMustBeOpenRule(Status, PublishedAt, Quarter.ToString()));
        Finding(findingId).RequestDocumentation(ParticipantText.Required(note, "Note", MaxNoteLength), requestedById, at);
        Version++;
    }

    /// <summary>The area's administrator answers a request for documentation: an explanation, and a document when they uploaded one.</summary>
    public void Answer(Guid findingId, string explanation, Guid? documentId, Guid answeredById, DateTimeOffset at)
    {
        CheckRule(new ReviewMustBeOpenRule(Status, PublishedAt, Quarter.ToString()));
        Finding(findingId).Answer(ParticipantText.Required(explanation, "Explanation", MaxNoteLength), documentId, answeredById, at);
        Version++;
    }

    /// <summary>The Operations Unit marks a finding resolved, saying why.</summary>
    public void Resolve(Guid findingId, string note, Guid resolvedById, DateTimeOffset at)
    {
        CheckRule(new ReviewMustBeOpenRule(Status, PublishedAt, Quarter.ToString()));
        Finding(findingId).Resolve(ParticipantText.Required(note, "Note", MaxNoteLength), resolvedById, at);
        Version++;
    }

    /// <summary>Publishes the results as they stand (a finding not resolved is reported so); once only.</summary>
    public void Publish(Guid publishedById, DateTimeOffset at)
    {
        CheckRule(new ReviewMustBeOpenRule(Status, PublishedAt, Quarter.ToString()));
        Status = MonitoringReviewStatus.Published;
        PublishedAt = at;
        PublishedById = Guard.Required(publishedById, nameof(PublishedById));
        Version++;
    }
}
