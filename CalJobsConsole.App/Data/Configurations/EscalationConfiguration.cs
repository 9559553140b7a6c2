using CalJobsConsole.Domain.Escalations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

public sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Escalation> builder)
    {
        builder.ToTable("Escalations");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasVersion();
        builder.Property(e => e.Reason).HasMaxLength(2000);
        builder.Property(e => e.DecisionNote).HasMaxLength(2000);
        builder.PrimitiveCollection(e => e.PrivilegeCodes).HasField("_privilegeCodes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(e => e.BrokenRuleCodes).HasField("_brokenRuleCodes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(e => new { e.Status, e.AreaId });
    }
}
