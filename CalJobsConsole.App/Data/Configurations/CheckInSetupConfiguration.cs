using CalJobsConsole.Domain.VosGreeter;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

/// <summary>VOS-1 setups: one per office (unique), its reasons and proposals owned by it, the version a concurrency token.</summary>
public sealed class CheckInSetupConfiguration : IEntityTypeConfiguration<OfficeCheckInSetup>
{
    public void Configure(EntityTypeBuilder<OfficeCheckInSetup> builder)
    {
        builder.ToTable("CheckInSetups");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => s.OfficeId).IsUnique();
        builder.HasVersion();
        builder.HasMany(s => s.Reasons).WithOne().HasForeignKey(r => r.SetupId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Reasons).HasField("_reasons").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(s => s.Proposals).WithOne().HasForeignKey(p => p.SetupId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Proposals).HasField("_proposals").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CheckInReasonConfiguration : IEntityTypeConfiguration<CheckInReason>
{
    public void Configure(EntityTypeBuilder<CheckInReason> builder)
    {
        builder.ToTable("CheckInReasons");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Label).HasMaxLength(CheckInReason.MaxLabelLength);
        builder.Property(r => r.Program).HasConversion<string>().HasMaxLength(32);
    }
}

public sealed class CheckInReasonProposalConfiguration : IEntityTypeConfiguration<CheckInReasonProposal>
{
    public void Configure(EntityTypeBuilder<CheckInReasonProposal> builder)
    {
        builder.ToTable("CheckInReasonProposals");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Label).HasMaxLength(CheckInReason.MaxLabelLength);
        builder.Property(p => p.Program).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.DecisionNote).HasMaxLength(CheckInReasonProposal.MaxNoteLength);
        // The MIS Administrator's pending proposals and a SPOC's own.
        builder.HasIndex(p => new { p.Status, p.ProposedById });
    }
}
