using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

public sealed class AccessRequestConfiguration : IEntityTypeConfiguration<AccessRequest>
{
    public void Configure(EntityTypeBuilder<AccessRequest> builder)
    {
        builder.ToTable("AccessRequests");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.ComplexProperty(r => r.Form, form =>
        {
            form.ComplexProperty(f => f.Staff, ContactMapping.Configure);
            // Optional: a reset or deactivation request carries no attestations; the discriminator tells null from empty.
            form.ComplexProperty(f => f.Attestations, attestations =>
            {
                attestations.HasDiscriminator();
                AttestationMapping.Configure(attestations);
            });
            form.Property(f => f.BusinessNeed).HasMaxLength(2000);
            // Issue 20's titles and phone: nullable, so requests filed before them keep loading.
            form.Property(f => f.StaffJobTitle).HasMaxLength(AccessRequestForm.MaxTitleLength);
            form.Property(f => f.RequestorTitle).HasMaxLength(AccessRequestForm.MaxTitleLength);
            form.Property(f => f.RequestorPhone).HasMaxLength(PhoneNumber.MaxLength);
        });
        builder.Property(r => r.DecisionNote).HasMaxLength(2000);
        builder.ComplexProperty(r => r.RequestorSignature, SignatureMapping.Configure);
        builder.ComplexProperty(r => r.ApprovalSignature, SignatureMapping.Configure);
        // Two administrators deciding at once: the second save finds the version moved and is refused.
        builder.HasVersion();
        builder.HasIndex(r => r.Status);
        builder.HasIndex(r => r.RequestorId);
    }
}
