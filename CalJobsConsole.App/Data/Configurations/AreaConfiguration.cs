using CalJobsConsole.Domain.Areas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

public sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> builder)
    {
        builder.ToTable("Areas");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasVersion();
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.HasIndex(a => a.Name).IsUnique();
        builder.ComplexProperty(a => a.Director, ContactMapping.Configure);
        builder.Ignore(a => a.ActiveDesignations);
        builder.HasMany(a => a.Designations).WithOne().HasForeignKey(d => d.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Designees).WithOne().HasForeignKey("AreaId").OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DesigneeConfiguration : IEntityTypeConfiguration<Designee>
{
    public void Configure(EntityTypeBuilder<Designee> builder)
    {
        builder.ToTable("Designees");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasVersion();
        builder.ComplexProperty(d => d.Contact, ContactMapping.Configure);
    }
}

public sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> builder)
    {
        builder.ToTable("Offices");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.HasVersion();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.HasOne<Area>().WithMany().HasForeignKey(o => o.LocalAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Area>().WithMany().HasForeignKey(o => o.ServingDivisionId).OnDelete(DeleteBehavior.Restrict);
    }
}
