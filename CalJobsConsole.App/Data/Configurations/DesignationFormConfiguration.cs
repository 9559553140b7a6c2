using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

/// <summary>Signed designation forms (Attachment 1) and what the Operations Unit decided about them (DES-1).</summary>
public sealed class DesignationFormConfiguration : IEntityTypeConfiguration<DesignationForm>
{
    public void Configure(EntityTypeBuilder<DesignationForm> builder)
    {
        builder.ToTable("DesignationForms");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.HasVersion();
        builder.ComplexProperty(f => f.Person, ContactMapping.Configure);
        builder.ComplexProperty(f => f.NewContact, ContactMapping.Configure);
        builder.ComplexProperty(f => f.Signature, SignatureMapping.Configure);
        builder.ComplexProperty(f => f.FiledRecord, filed => filed.Property(r => r.Sha256).HasMaxLength(64));
        builder.Property(f => f.Reason).HasMaxLength(1000);
        // Issue 20's particulars: nullable, so forms filed before them keep loading.
        builder.Property(f => f.Title).HasMaxLength(DesignationParticulars.MaxTitleLength);
        builder.Property(f => f.Organisation).HasMaxLength(DesignationParticulars.MaxOrganisationLength);
        builder.Property(f => f.CalJobsUsername).HasMaxLength(CalJobsUsername.MaxLength);
        builder.Property(f => f.RefusalReason).HasMaxLength(1000);
        builder.HasOne<Area>().WithMany().HasForeignKey(f => f.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.AreaId, f.Status });
    }
}
