using CalJobsConsole.Domain.DataChanges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

public sealed class DataChangeRequestConfiguration : IEntityTypeConfiguration<DataChangeRequest>
{
    public void Configure(EntityTypeBuilder<DataChangeRequest> builder)
    {
        builder.ToTable("DataChangeRequests");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.ParticipantReference).HasMaxLength(DataChangeRequest.MaxReferenceLength);
        builder.Property(r => r.FieldName).HasMaxLength(DataChangeRequest.MaxFieldLength);
        builder.Property(r => r.CurrentValue).HasMaxLength(DataChangeRequest.MaxValueLength);
        builder.Property(r => r.RequestedValue).HasMaxLength(DataChangeRequest.MaxValueLength);
        builder.Property(r => r.Reason).HasMaxLength(DataChangeRequest.MaxReasonLength);
        builder.Property(r => r.SignatureName).HasMaxLength(200);
        builder.ComplexProperty(r => r.Signature, SignatureMapping.Configure);
        builder.Property(r => r.DeclineReason).HasMaxLength(DataChangeRequest.MaxReasonLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.HasVersion();
        builder.HasIndex(r => new { r.AreaId, r.Status });
        builder.HasIndex(r => r.FiledById);
    }
}
