namespace CalJobsConsole.App.Features.Evidence;

/// <summary>The <c>CalJobs:Evidence</c> settings: how much each person may upload in all (evidence documents and issue screenshots).</summary>
public sealed class EvidenceOptions
{
    public const string Section = "CalJobs:Evidence";

    /// <summary>The total a person may upload, summed over every document and screenshot they uploaded: 500 MB unless set (1 or more).</summary>
    public int QuotaMegabytesPerUser { get; set; } = 500;

    public long QuotaBytesPerUser => QuotaMegabytesPerUser * 1024L * 1024L;
}
