using CalJobsConsole.App.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

public sealed class InAppMessageConfiguration : IEntityTypeConfiguration<InAppMessage>
{
    public void Configure(EntityTypeBuilder<InAppMessage> builder)
    {
        builder.ToTable("InAppMessages");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasMaxLength(InAppMessage.MaxKindLength);
        builder.Property(m => m.Subject).HasMaxLength(InAppMessage.MaxSubjectLength);
        builder.Property(m => m.Body).HasMaxLength(InAppMessage.MaxBodyLength);
        // Opening a message shows its secret once: of two openings at the same moment only the first save matches the row.
        builder.Property(m => m.ProtectedSecret).IsConcurrencyToken();
        builder.HasIndex(m => new { m.RecipientId, m.CreatedAt });
        builder.HasIndex(m => m.AccountId);
        builder.HasOne<Notification>().WithMany().HasForeignKey(m => m.NotificationId).OnDelete(DeleteBehavior.SetNull);
    }
}
