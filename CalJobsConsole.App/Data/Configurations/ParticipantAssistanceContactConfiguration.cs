using CalJobsConsole.Domain.DataChanges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

public sealed class ParticipantAssistanceContactConfiguration : IEntityTypeConfiguration<ParticipantAssistanceContact>
{
    public void Configure(EntityTypeBuilder<ParticipantAssistanceContact> builder)
    {
        builder.ToTable("ParticipantAssistanceContacts");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.AssistedStaffName).HasMaxLength(ParticipantAssistanceContact.MaxNameLength);
        builder.Property(c => c.ParticipantReference).HasMaxLength(DataChangeRequest.MaxReferenceLength);
        builder.Property(c => c.Note).HasMaxLength(ParticipantAssistanceContact.MaxNoteLength);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(c => new { c.AreaId, c.ContactedOn });
    }
}
