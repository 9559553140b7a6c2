using CalJobsConsole.App.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

public sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("AuditRecords");
        builder.Property(r => r.Action).HasMaxLength(100);
        builder.Property(r => r.EntityType).HasMaxLength(100);
        builder.HasIndex(r => new { r.EntityType, r.EntityId });
        builder.HasIndex(r => new { r.AreaId, r.At });
        builder.HasIndex(r => r.RequestId);
    }
}
