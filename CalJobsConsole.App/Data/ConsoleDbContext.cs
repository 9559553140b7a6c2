using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.IssueReports;
using CalJobsConsole.Domain.Monitoring;
using CalJobsConsole.Domain.Notices;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Domain.VosGreeter;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Features.Notifications;
using CalJobsConsole.App.Jobs;
using CalJobsConsole.App.Jobs.Runs;
using CalJobsConsole.App.Security;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CalJobsConsole.App.Data;

/// <summary>
/// The console's database: Identity's users and roles, and the domain's aggregates mapped onto their private
/// state (see Configurations/). Use one per operation, from <see cref="IDbContextFactory{TContext}"/>.
/// It also keeps the Data Protection key ring, so every app server (and a restart) reads what another protected.
/// </summary>
public class ConsoleDbContext(DbContextOptions<ConsoleDbContext> options)
    : IdentityDbContext<ConsoleUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Area> Areas => Set<Area>();

    public DbSet<AdministratorDesignation> Designations => Set<AdministratorDesignation>();

    public DbSet<DesignationForm> DesignationForms => Set<DesignationForm>();

    public DbSet<Office> Offices => Set<Office>();

    public DbSet<PrivilegeGroup> PrivilegeGroups => Set<PrivilegeGroup>();

    public DbSet<Privilege> Privileges => Set<Privilege>();

    public DbSet<AccessRequest> AccessRequests => Set<AccessRequest>();

    /// <summary>REQ-2: the managers and supervisors each area registered as requestors, one row per office.</summary>
    public DbSet<RequestorRegistration> RequestorRegistrations => Set<RequestorRegistration>();

    public DbSet<EvidenceDocument> EvidenceDocuments => Set<EvidenceDocument>();

    public DbSet<Escalation> Escalations => Set<Escalation>();

    public DbSet<StaffAccount> StaffAccounts => Set<StaffAccount>();

    /// <summary>In-app messages; a temporary password only encrypted, and only until shown, used or expired (CRD-1).</summary>
    public DbSet<InAppMessage> InAppMessages => Set<InAppMessage>();

    /// <summary>Every notification sent, with its recipients and its e-mail's delivery state (the Operations Unit's outbox).</summary>
    public DbSet<Notification> Notifications => Set<Notification>();

    /// <summary>Renewal reminders sent, one per (account, due date, threshold) (REN-1).</summary>
    public DbSet<RenewalReminder> RenewalReminders => Set<RenewalReminder>();

    /// <summary>MON-1's quarterly reviews, with their sampled accounts and findings.</summary>
    public DbSet<MonitoringReview> MonitoringReviews => Set<MonitoringReview>();

    public DbSet<MonitoringFinding> MonitoringFindings => Set<MonitoringFinding>();

    /// <summary>VOS-1: each office's VOSGreeter check-in reasons and the SPOCs' proposals.</summary>
    public DbSet<OfficeCheckInSetup> CheckInSetups => Set<OfficeCheckInSetup>();
    /// <summary>The Operations Unit's notices (COM-1), with their recipients and relay records.</summary>
    public DbSet<Notice> Notices => Set<Notice>();

    public DbSet<NoticeRecipient> NoticeRecipients => Set<NoticeRecipient>();
    /// <summary>ISS-1: problems staff report to their area's administrator, who verifies and submits them to the Operations Unit.</summary>
    public DbSet<IssueReport> IssueReports => Set<IssueReport>();
    /// <summary>DCR-1: data change requests (WSD18-02) and the administrators' data-validation and pseudo-SSN assistance log.</summary>
    public DbSet<DataChangeRequest> DataChangeRequests => Set<DataChangeRequest>();

    public DbSet<ParticipantAssistanceContact> ParticipantAssistanceContacts => Set<ParticipantAssistanceContact>();

    /// <summary>Every run of a background job, scheduled or run now, with its progress and outcome.</summary>
    public DbSet<JobRun> JobRuns => Set<JobRun>();

    /// <summary>Uploaded import files with their dry run's counts and state (issue 17).</summary>
    public DbSet<Features.Import.ImportBatch> ImportBatches => Set<Features.Import.ImportBatch>();

    public DbSet<Features.Import.ImportProblem> ImportProblems => Set<Features.Import.ImportProblem>();

    /// <summary>Single-use links for people the console created to choose their password (issue 18); only hashes stored.</summary>
    public DbSet<Features.People.Invitation> Invitations => Set<Features.People.Invitation>();

    /// <summary>The Data Protection key ring (cookies, antiforgery, kept secrets), shared by every app server.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Append-only: <see cref="SaveChanges(bool)"/> refuses to change or delete a record.</summary>
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    /// <summary>The hash chain's head: the last audit record's number and hash (<see cref="AuditChain"/>).</summary>
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditRewrites();
        Versioning.Advance(ChangeTracker);
        var ownTransaction = Database.CurrentTransaction is null && System.Transactions.Transaction.Current is null;
        for (var retry = 1; ; retry++)
        {
            try
            {
                return SaveOnce(acceptAllChangesOnSuccess);
            }
            catch (Exception ex) when (ownTransaction && MayRetryBusySave(ex, retry))
            {
                Thread.Sleep(DatabaseBusy.DelayBefore(retry));
            }
        }
    }

    private int SaveOnce(bool acceptAllChangesOnSuccess)
    {
        var appended = AuditChain.Added(ChangeTracker);
        if (appended.Count == 0)
            return base.SaveChanges(acceptAllChangesOnSuccess);
        // New audit records join the hash chain inside the save's transaction (the caller's, or one of their own).
        if (Database.CurrentTransaction is not null)
        {
            AuditChain.Seal(this, appended);
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        using var transaction = Database.BeginTransaction();
        AuditChain.Seal(this, appended);
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        transaction.Commit();
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditRewrites();
        Versioning.Advance(ChangeTracker);
        var ownTransaction = Database.CurrentTransaction is null && System.Transactions.Transaction.Current is null;
        for (var retry = 1; ; retry++)
        {
            try
            {
                return await SaveOnceAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            catch (Exception ex) when (ownTransaction && MayRetryBusySave(ex, retry))
            {
                await Task.Delay(DatabaseBusy.DelayBefore(retry), cancellationToken);
            }
        }
    }

    private async Task<int> SaveOnceAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var appended = AuditChain.Added(ChangeTracker);
        if (appended.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (Database.CurrentTransaction is not null)
        {
            await AuditChain.SealAsync(this, appended, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await AuditChain.SealAsync(this, appended, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>
    /// A save that found the database busy runs again, up to <see cref="DatabaseBusy.SaveRetries"/> times — only when it was
    /// its own transaction (none of the caller's was open): that transaction did not commit, the changes are still tracked
    /// as they were before the save (EF discards what the failed attempt generated), and each versioned row still carries
    /// the version it was read at, so a change someone else made meanwhile refuses the retry exactly as it would the first
    /// attempt. Inside a caller's transaction only the caller can start the whole unit over: it is not retried here (the
    /// callers check that before the attempt: a save that opened its own transaction for the audit chain still has it open
    /// while the exception filter runs). New audit records are sealed again on the retry, from the chain's head as it is then.
    /// </summary>
    private static bool MayRetryBusySave(Exception exception, int retry) =>
        retry <= DatabaseBusy.SaveRetries && DatabaseBusy.IsBusy(exception);

    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditRecord>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit trail is append-only: an audit record is never changed or deleted.");
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ConsoleUser>().Property(u => u.FullName).HasMaxLength(200);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConsoleDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums read as words in the database, for people who query it.
        configurationBuilder.Properties<AreaKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AdministratorRole>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DesignationStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DesignationFormKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DesignationFormStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<GrantingAuthority>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<StaffKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ConfidentialityStatementKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AccessRequestKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AccessRequestStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DocumentKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<EvidenceFileType>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<EscalationStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AccountStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<SuspensionCause>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MonitoringStratum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MonitoringReviewStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<FindingStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<EmailDeliveryState>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<NoticeKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<NoticeColour>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<NoticeStanding>().HaveConversion<string>().HaveMaxLength(32);
        // SQLite cannot compare or order DateTimeOffset; store UTC instants as sortable binary ticks.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
