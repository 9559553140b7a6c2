using CalJobsConsole.Domain.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

/// <summary>COM-1 notices: their recipients (one per person) and relay records (one per area) owned by the notice.</summary>
public sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("Notices");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Title).HasMaxLength(Notice.MaxTitleLength);
        builder.Property(n => n.Body).HasMaxLength(Notice.MaxBodyLength);
        builder.Ignore(n => n.Audience);
        builder.HasIndex(n => n.PublishedAt);
        builder.HasMany(n => n.Recipients).WithOne().HasForeignKey(r => r.NoticeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(n => n.Recipients).HasField("_recipients").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(n => n.Relays).WithOne().HasForeignKey(r => r.NoticeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(n => n.Relays).HasField("_relays").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class NoticeRecipientConfiguration : IEntityTypeConfiguration<NoticeRecipient>
{
    public void Configure(EntityTypeBuilder<NoticeRecipient> builder)
    {
        builder.ToTable("NoticeRecipients");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Ignore(r => r.IsRead);
        builder.HasIndex(r => new { r.NoticeId, r.PersonId }).IsUnique();
        // A recipient's "Notices" page asks for their own rows.
        builder.HasIndex(r => r.PersonId);
    }
}

public sealed class NoticeRelayConfiguration : IEntityTypeConfiguration<NoticeRelay>
{
    public void Configure(EntityTypeBuilder<NoticeRelay> builder)
    {
        builder.ToTable("NoticeRelays");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Note).HasMaxLength(Notice.MaxNoteLength);
        // Once per area per notice (COM-1), held by the database too.
        builder.HasIndex(r => new { r.NoticeId, r.AreaId }).IsUnique();
    }
}
