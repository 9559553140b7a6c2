using CalJobsConsole.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

/// <summary>MON-1 reviews: one per quarter (unique), the sampled accounts and their findings owned by it, the version a concurrency token.</summary>
public sealed class MonitoringReviewConfiguration : IEntityTypeConfiguration<MonitoringReview>
{
    public void Configure(EntityTypeBuilder<MonitoringReview> builder)
    {
        builder.ToTable("MonitoringReviews");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Ignore(r => r.Quarter);
        builder.Ignore(r => r.Findings);
        builder.HasIndex(r => new { r.Year, r.QuarterNumber }).IsUnique();
        builder.HasVersion();
        builder.HasMany(r => r.Samples).WithOne().HasForeignKey(s => s.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Samples).HasField("_samples").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class MonitoringSampleConfiguration : IEntityTypeConfiguration<MonitoringSample>
{
    public void Configure(EntityTypeBuilder<MonitoringSample> builder)
    {
        builder.ToTable("MonitoringSamples");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Username).HasMaxLength(100);
        builder.Property(s => s.StaffName).HasMaxLength(200);
        builder.Ignore(s => s.IsCompliant);
        builder.HasIndex(s => new { s.ReviewId, s.AccountId }).IsUnique();
        builder.HasIndex(s => s.AreaId);
        builder.HasMany(s => s.Findings).WithOne().HasForeignKey(f => f.SampleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Findings).HasField("_findings").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class MonitoringFindingConfiguration : IEntityTypeConfiguration<MonitoringFinding>
{
    public void Configure(EntityTypeBuilder<MonitoringFinding> builder)
    {
        builder.ToTable("MonitoringFindings");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Code).HasMaxLength(16);
        builder.Property(f => f.Reason).HasMaxLength(1000);
        builder.Property(f => f.Remedy).HasMaxLength(1000);
        builder.Property(f => f.RequestNote).HasMaxLength(MonitoringReview.MaxNoteLength);
        builder.Property(f => f.AnswerText).HasMaxLength(MonitoringReview.MaxNoteLength);
        builder.Property(f => f.ResolutionNote).HasMaxLength(MonitoringReview.MaxNoteLength);
        builder.Ignore(f => f.Rule);
        // The administrator's inbox asks for the findings awaiting an answer in their areas.
        builder.HasIndex(f => new { f.Status, f.AreaId });
        builder.HasIndex(f => f.ReviewId);
    }
}
