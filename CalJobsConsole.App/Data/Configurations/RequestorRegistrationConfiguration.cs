using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

public sealed class RequestorRegistrationConfiguration : IEntityTypeConfiguration<RequestorRegistration>
{
    public void Configure(EntityTypeBuilder<RequestorRegistration> builder)
    {
        builder.ToTable("RequestorRegistrations");
        builder.HasKey(r => r.Id);
        builder.Ignore(r => r.IsActive);
        builder.HasOne<Area>().WithMany().HasForeignKey(r => r.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Office>().WithMany().HasForeignKey(r => r.OfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConsoleUser>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        // A requestor's own registrations (REQ-2 on every request they file), and an area's list for its administrators.
        builder.HasIndex(r => new { r.PersonId, r.AreaId, r.OfficeId });
        builder.HasIndex(r => new { r.AreaId, r.EndedAt });
    }
}
