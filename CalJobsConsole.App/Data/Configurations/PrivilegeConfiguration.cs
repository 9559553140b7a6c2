using CalJobsConsole.Domain.Privileges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

public sealed class PrivilegeGroupConfiguration : IEntityTypeConfiguration<PrivilegeGroup>
{
    public void Configure(EntityTypeBuilder<PrivilegeGroup> builder)
    {
        builder.ToTable("PrivilegeGroups");
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.HasVersion();
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.HasIndex(g => g.Name).IsUnique();
        builder.Property(g => g.Purpose).HasMaxLength(1000);
        builder.PrimitiveCollection(g => g.PrivilegeCodes).HasField("_privilegeCodes").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PrivilegeConfiguration : IEntityTypeConfiguration<Privilege>
{
    public void Configure(EntityTypeBuilder<Privilege> builder)
    {
        builder.ToTable("Privileges");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasVersion();
        builder.Property(p => p.Code).HasMaxLength(60);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
    }
}
