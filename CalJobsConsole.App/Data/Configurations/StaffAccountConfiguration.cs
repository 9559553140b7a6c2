using CalJobsConsole.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data.Configurations;

public sealed class StaffAccountConfiguration : IEntityTypeConfiguration<StaffAccount>
{
    /// <summary>
    /// Open accounts by renewal due date (and id, the jobs' keyset): the renewal jobs read only the accounts near or past
    /// their due date, and the deactivated ones, which pile up over the years, are not in the index at all.
    /// </summary>
    public const string OpenByRenewalDueIndex = "IX_StaffAccounts_OpenByRenewalDue";

    /// <summary>
    /// Accounts by staff name and id, the default sort of the accounts list and the suspensions desk: a first page reads 25
    /// entries. Created by the migration AccountListIndexes, not declared here: EF Core 10 cannot index a complex property's
    /// column (dotnet/efcore#31246). Once it can, declare it here under this name and empty the migration EF then proposes.
    /// </summary>
    public const string ByStaffNameIndex = "IX_StaffAccounts_ByStaffName";

    /// <summary>
    /// Open accounts by status: the suspensions desk counts its open accounts (or one status among them) over this narrow
    /// index rather than every account's area and status.
    /// </summary>
    public const string OpenByStatusIndex = "IX_StaffAccounts_OpenByStatus";

    /// <summary>
    /// An area's accounts with every column the administrator's desk counts (status, renewal, separation, late deactivation,
    /// scheduled deactivation, office for an office-covering seat, the temporary password's times): the desk's figures are
    /// one pass over the area's entries without reading a row (issue 17: Los Angeles County's 7,428 accounts 11 → 5 ms).
    /// Its leading (AreaId, Status) serves every lookup the index it replaced served. Created by the migration
    /// DeskFiguresIndex, not declared here: EF Core 10 cannot index a complex property's column (dotnet/efcore#31246).
    /// </summary>
    public const string DeskFiguresIndex = "IX_StaffAccounts_DeskFigures";

    /// <summary>
    /// One open account per person (REQ-1): a person holds at most one account that is not deactivated, under concurrent
    /// creations too; a rehire's deactivated accounts are not in the index.
    /// </summary>
    public const string OneOpenAccountPerPersonIndex = "IX_StaffAccounts_OneOpenPerPerson";

    public void Configure(EntityTypeBuilder<StaffAccount> builder)
    {
        builder.ToTable("StaffAccounts");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasVersion();
        builder.Property(a => a.Username).HasMaxLength(64);
        builder.HasIndex(a => a.Username).IsUnique();
        builder.ComplexProperty(a => a.Staff, ContactMapping.Configure);
        builder.ComplexProperty(a => a.Attestations, AttestationMapping.Configure);
        builder.ComplexProperty(a => a.TemporaryCredential);
        builder.Property(a => a.SuspensionNote).HasMaxLength(1000);
        builder.PrimitiveCollection(a => a.ExtraPrivilegeCodes).HasField("_extraPrivilegeCodes").UsePropertyAccessMode(PropertyAccessMode.Field);
        // (AreaId, Status) lookups use DeskFiguresIndex (created by its migration) or the compliance figures' index below.
        builder.HasIndex(a => a.SupervisorId);
        // A person's accounts, newest first: their current one (the scope service reads it on every call) and their history.
        builder.HasIndex(a => new { a.PersonId, a.CreatedOn });
        builder.HasIndex(a => a.PersonId).IsUnique().HasFilter("\"Status\" <> 'Deactivated'").HasDatabaseName(OneOpenAccountPerPersonIndex);
        builder.HasIndex(a => a.RenewalDueOn);
        builder.HasIndex(a => new { a.RenewalDueOn, a.Id }).HasFilter("\"Status\" <> 'Deactivated'").HasDatabaseName(OpenByRenewalDueIndex);
        builder.HasIndex(a => a.Status).HasFilter("\"Status\" <> 'Deactivated'").HasDatabaseName(OpenByStatusIndex);
        // The Operations Unit's figures are one pass over this index, grouped by area and status, without reading the rows.
        builder.HasIndex(a => new { a.AreaId, a.Status, a.RenewalDueOn, a.SeparationDate, a.DeactivationDaysLate, a.ActEvidenceComplete },
            "IX_StaffAccounts_ComplianceFigures");
        // An upload finds the account whose latest creation or renewal it evidences (ActEvidence).
        builder.HasIndex(a => a.EvidencedActRequestId);
    }
}
