using CalJobsConsole.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

public sealed class StaffAccountConfiguration : IEntityTypeConfiguration<StaffAccount>
{
    public void Configure(EntityTypeBuilder<StaffAccount> builder)
    {
        builder.ToTable("StaffAccounts");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasVersion();
        builder.Property(a => a.Username).HasMaxLength(64);
        builder.HasIndex(a => a.Username).IsUnique();
        builder.ComplexProperty(a => a.Staff, ContactMapping.Configure);
        builder.ComplexProperty(a => a.Attestations, AttestationMapping.Configure);
        builder.ComplexProperty(a => a.TemporaryCredential);
        builder.Property(a => a.SuspensionNote).HasMaxLength(1000);
        builder.PrimitiveCollection(a => a.ExtraPrivilegeCodes).HasField("_extraPrivilegeCodes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(a => new { a.AreaId, a.Status });
        builder.HasIndex(a => a.SupervisorId);
        builder.HasIndex(a => a.RenewalDueOn);
        // The Operations Unit's figures are one pass over this index, grouped by area and status, without reading the rows.
        builder.HasIndex(a => new { a.AreaId, a.Status, a.RenewalDueOn, a.SeparationDate, a.DeactivationDaysLate, a.ActEvidenceComplete },
            "IX_StaffAccounts_ComplianceFigures");
        // An upload finds the account whose latest creation or renewal it evidences (ActEvidence).
        builder.HasIndex(a => a.EvidencedActRequestId);
    }
}
