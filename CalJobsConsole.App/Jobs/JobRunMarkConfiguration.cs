using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Jobs;

public sealed class JobRunMarkConfiguration : IEntityTypeConfiguration<JobRunMark>
{
    public void Configure(EntityTypeBuilder<JobRunMark> builder)
    {
        builder.ToTable("JobRunMarks");
        builder.HasKey(m => m.Key);
        builder.Property(m => m.Key).HasMaxLength(200);
    }
}
