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
        builder.HasIndex(r => new { r.ActorId, r.At });
        builder.HasIndex(r => r.At);
        builder.Property(r => r.ContentHash).HasMaxLength(64);
        builder.Property(r => r.PreviousHash).HasMaxLength(64);
    }
}

public sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable("AuditChainHead");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastHash).HasMaxLength(64);
    }
}
