using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Jobs.Runs;

public sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    /// <summary>The index that makes "Run now pressed twice" one run, on any number of servers.</summary>
    public const string OneActiveRunIndex = "IX_JobRuns_OneActiveRunPerJob";

    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("JobRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.JobName).HasMaxLength(100);
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasMaxLength(JobRun.StatusLength);
        builder.Property(r => r.Summary).HasMaxLength(JobRun.SummaryLength);
        builder.Property(r => r.Error).HasMaxLength(JobRun.ErrorLength);
        builder.Property(r => r.BackgroundJobId).HasMaxLength(100);
        // At most one Queued or Running run per job: a second insert fails, whoever and wherever it comes from. The
        // filter's SQL reads the same in SQLite and PostgreSQL.
        builder.HasIndex(r => r.JobName).IsUnique().HasFilter("\"State\" IN ('Queued', 'Running')").HasDatabaseName(OneActiveRunIndex);
        builder.HasIndex(r => new { r.JobName, r.QueuedAt });
        builder.Ignore(r => r.IsActive);
    }
}
