using CalJobsConsole.App.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasMaxLength(InAppMessage.MaxKindLength);
        builder.Property(n => n.Subject).HasMaxLength(InAppMessage.MaxSubjectLength);
        builder.Property(n => n.Body).HasMaxLength(InAppMessage.MaxBodyLength);
        builder.Property(n => n.LastError).HasMaxLength(Notification.MaxErrorLength);
        builder.OwnsMany(n => n.Recipients, recipient =>
        {
            recipient.ToTable("NotificationRecipients");
            recipient.WithOwner().HasForeignKey("NotificationId");
            recipient.Property<int>("Id");
            recipient.HasKey("Id");
            recipient.Property(r => r.Name).HasMaxLength(NotificationAddressee.MaxNameLength);
            recipient.Property(r => r.Email).HasMaxLength(NotificationAddressee.MaxEmailLength);
        });
        builder.Navigation(n => n.Recipients).UsePropertyAccessMode(PropertyAccessMode.Field);
        // The retry sweep asks for what is due; the outbox lists by state, newest first.
        builder.HasIndex(n => new { n.EmailState, n.NextAttemptAt });
        builder.HasIndex(n => n.CreatedAt);
        builder.HasIndex(n => n.AccountId);
    }
}
