using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Areas.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CalJobsConsole.App.Data.Configurations;

/// <summary>
/// CAP-1 held by the database too: among an area's active designations each seat number is taken once,
/// and seat numbers stop at the cap (3 for MIS Administrators, 5 for SPOCs), so no race can seat a fourth.
/// </summary>
public sealed class DesignationConfiguration : IEntityTypeConfiguration<AdministratorDesignation>
{
    public const string ActiveSeatIndex = "IX_AdministratorDesignations_ActiveSeat";
    public const string ActivePersonIndex = "IX_AdministratorDesignations_ActivePerson";
    private const string ActiveFilter = "\"Status\" = 'Active'";

    public void Configure(EntityTypeBuilder<AdministratorDesignation> builder)
    {
        builder.ToTable("AdministratorDesignations", table => table.HasCheckConstraint("CK_AdministratorDesignations_SeatWithinCap",
            $"\"SeatNumber\" >= 1 AND (\"Role\" = 'MisAdministrator' AND \"SeatNumber\" <= {AreaMustHaveFreeAdministratorSeatRule.LocalAreaCap}" +
            $" OR \"Role\" = 'CalJobsSpoc' AND \"SeatNumber\" <= {AreaMustHaveFreeAdministratorSeatRule.FieldDivisionCap})"));
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasVersion();
        builder.ComplexProperty(d => d.Contact, ContactMapping.Configure);
        builder.ComplexProperty(d => d.AddedBy);
        builder.Property(d => d.Coverage).HasConversion(CoverageConverter).HasMaxLength(4000);
        builder.Property(d => d.EndReason).HasMaxLength(1000);
        builder.Property(d => d.SuspensionReason).HasMaxLength(1000);
        builder.HasIndex(d => new { d.AreaId, d.SeatNumber }).IsUnique().HasFilter(ActiveFilter).HasDatabaseName(ActiveSeatIndex);
        builder.HasIndex(d => new { d.AreaId, d.PersonId }).IsUnique().HasFilter(ActiveFilter).HasDatabaseName(ActivePersonIndex);
    }

    /// <summary>"*" for the whole division, else the covered office ids separated by commas.</summary>
    private static readonly ValueConverter<SpocCoverage?, string?> CoverageConverter = new(
        coverage => coverage == null ? null : coverage.WholeDivision ? "*" : string.Join(",", coverage.OfficeIds.Order()),
        text => text == null ? null : text == "*" ? SpocCoverage.Division : SpocCoverage.Offices(text.Split(',', StringSplitOptions.None).Select(Guid.Parse)));
}
