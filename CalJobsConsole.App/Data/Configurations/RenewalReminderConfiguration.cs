using CalJobsConsole.App.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

/// <summary>Each (account, due date, threshold) once: the unique index, not the job's reading, is what holds it.</summary>
public sealed class RenewalReminderConfiguration : IEntityTypeConfiguration<RenewalReminder>
{
    public const string KeyIndex = "IX_RenewalReminders_Key";

    public void Configure(EntityTypeBuilder<RenewalReminder> builder)
    {
        builder.ToTable("RenewalReminders");
        builder.HasIndex(r => new { r.AccountId, r.DueOn, r.Threshold }).IsUnique().HasDatabaseName(KeyIndex);
        builder.HasOne<Domain.Accounts.StaffAccount>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
