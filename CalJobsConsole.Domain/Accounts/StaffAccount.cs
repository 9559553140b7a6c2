using CalJobsConsole.Domain.Accounts.Rules;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;

namespace CalJobsConsole.Domain.Accounts;

/// <summary>
/// A CalJOBS staff user account the console governs: who it is for, where, with which privileges, its
/// attestations and renewal due date, its temporary-credential state and its lifecycle. Created and changed
/// only from approved requests (see the Creation and Maintenance parts of this class).
/// </summary>
public sealed partial class StaffAccount : Entity
{
    private readonly List<string> _extraPrivilegeCodes = [];

    /// <summary>For EF Core.</summary>
    private StaffAccount()
    {
        Username = null!;
        Staff = null!;
        Attestations = null!;
    }

    private StaffAccount(string username, ContactDetails staff, StaffKind staffKind, Guid areaId, Guid officeId,
        Guid supervisorId, Guid privilegeGroupId, Attestations.Attestations attestations, DateOnly createdOn)
    {
        Username = username;
        Staff = staff;
        StaffKind = staffKind;
        AreaId = areaId;
        OfficeId = officeId;
        SupervisorId = supervisorId;
        PrivilegeGroupId = privilegeGroupId;
        Attestations = attestations;
        CreatedOn = createdOn;
        RenewalDueOn = createdOn.AddYears(1);
        Status = AccountStatus.PendingFirstSignIn;
        PersonId = Id;
    }

    /// <summary>
    /// The person the account is for: the id of their console sign-in. One person keeps one id across accounts — a rehire's
    /// new account and the deactivated one share it, and a supervisor, Director or administrator who also needs CalJOBS staff
    /// access holds the account under the id they already have (issue 18). For someone new to the console, the account's own id.
    /// A person holds at most one account that is not deactivated (REQ-1; the database enforces it).
    /// </summary>
    public Guid PersonId { get; private set; }

    public string Username { get; private set; }

    public ContactDetails Staff { get; private set; }

    public StaffKind StaffKind { get; private set; }

    /// <summary>The administering area: the Local Area (LWIA staff) or the field division (WSB staff).</summary>
    public Guid AreaId { get; private set; }

    public Guid OfficeId { get; private set; }

    /// <summary>The requestor (manager or supervisor) who asked for the account.</summary>
    public Guid SupervisorId { get; private set; }

    public Guid PrivilegeGroupId { get; private set; }

    public IReadOnlyCollection<string> ExtraPrivilegeCodes => _extraPrivilegeCodes.AsReadOnly();

    public AccountStatus Status { get; private set; }

    public SuspensionCause? SuspensionCause { get; private set; }

    public string? SuspensionNote { get; private set; }

    /// <summary>The most recent attestation dates, from the last approved creation or renewal request.</summary>
    public Attestations.Attestations Attestations { get; private set; }

    public DateOnly CreatedOn { get; private set; }

    /// <summary>The day the staff member first set their own password.</summary>
    public DateOnly? ActivatedOn { get; private set; }

    public DateOnly? LastRenewedOn { get; private set; }

    /// <summary>REN-1: one year after the last approved renewal, or after creation.</summary>
    public DateOnly RenewalDueOn { get; private set; }

    public TemporaryCredential? TemporaryCredential { get; private set; }

    /// <summary>True from issue of a temporary password until the staff member sets their own (CRD-1).</summary>
    public bool MustChangePassword { get; private set; }

    public DateOnly? SeparationDate { get; private set; }

    /// <summary>An approved deactivation whose date is still ahead, carried out on that date (DEA-1).</summary>
    public DateOnly? ScheduledDeactivationOn { get; private set; }

    public Guid? ScheduledDeactivationRequestId { get; private set; }

    public DateOnly? DeactivatedOn { get; private set; }

    /// <summary>Days the deactivation came after the separation date; 0 when on time (DEA-1).</summary>
    public int? DeactivationDaysLate { get; private set; }

    public bool DeactivatedLate => DeactivationDaysLate > 0;

    public bool CanSignIn => Status is AccountStatus.PendingFirstSignIn or AccountStatus.Active;

    /// <summary>Every reason the staff member may not sign in with the temporary password now.</summary>
    public IReadOnlyList<BrokenRule> TemporarySignInEligibility(BusinessClock clock) =>
        BusinessRules.Evaluate(
            new AccountMustNotBeDeactivatedRule(this),
            new AccountMustNotBeSuspendedRule(this),
            new TemporaryPasswordMustBeValidRule(TemporaryCredential, clock.UtcNow));

    /// <summary>CRD-1: the first sign-in uses the temporary password once; a new password must be set next.</summary>
    public void SignInWithTemporaryPassword(BusinessClock clock)
    {
        BusinessRules.ThrowIfAny(TemporarySignInEligibility(clock));
        TemporaryCredential = TemporaryCredential! with { UsedAt = clock.UtcNow };
        MustChangePassword = true;
    }

    /// <summary>
    /// CRD-1: may the staff member, signed in with the temporary password, set their own now? Not once 24 hours have
    /// passed since issue — a session opened just before then does not stretch the temporary password's life.
    /// </summary>
    public IReadOnlyList<BrokenRule> PasswordChangeEligibility(BusinessClock clock) =>
        BusinessRules.Evaluate(new TemporaryPasswordMustNotHaveExpiredRule(TemporaryCredential, clock.UtcNow));

    /// <summary>CRD-1: the staff member set their own password within the 24 hours; a new account becomes active.</summary>
    public void CompletePasswordChange(BusinessClock clock)
    {
        if (TemporaryCredential is not { IsUsed: true } || !MustChangePassword)
            throw new InvalidInputException(nameof(MustChangePassword), "a password change follows a sign-in with the temporary password.");
        BusinessRules.ThrowIfAny(PasswordChangeEligibility(clock));
        MustChangePassword = false;
        ActivatedOn ??= clock.Today;
        if (Status == AccountStatus.PendingFirstSignIn)
            Status = AccountStatus.Active;
    }

    /// <summary>CRD-1: a temporary password at or past 24 hours is marked expired; true when this call expired it.</summary>
    public bool ExpireTemporaryCredential(BusinessClock clock)
    {
        if (TemporaryCredential is null || !TemporaryCredential.IsDueToExpire(clock.UtcNow))
            return false;
        TemporaryCredential = TemporaryCredential with { ExpiredAt = clock.UtcNow };
        return true;
    }

    /// <summary>REV-1: on or after its due date an unrenewed account is suspended until a renewal is approved.</summary>
    public bool SuspendForOverdueRenewal(BusinessClock clock)
    {
        CheckRules(new AccountMustNotBeDeactivatedRule(this), new AccountMustBeDueForRenewalRule(this, clock.Today));
        if (Status == AccountStatus.Suspended)
            return false;
        Suspend(Accounts.SuspensionCause.OverdueRenewal, $"Annual renewal overdue since {RenewalDueOn:yyyy-MM-dd}.");
        return true;
    }

    /// <summary>REV-1: the Operations Unit suspends an account, with a reason (misuse such as automation, or failure to follow the directive).</summary>
    public void SuspendByOperationsUnit(string? reason)
    {
        CheckRule(new AccountMustNotBeDeactivatedRule(this));
        Suspend(Accounts.SuspensionCause.OperationsUnit, ParticipantText.Required(reason, "Reason", 1000));
    }

    /// <summary>The Operations Unit lifts its own suspension; an overdue renewal is lifted only by a renewal.</summary>
    public void LiftOperationsUnitSuspension()
    {
        if (SuspensionCause != Accounts.SuspensionCause.OperationsUnit)
            throw new InvalidInputException(nameof(SuspensionCause), "only a suspension by the Operations Unit is lifted this way.");
        Unsuspend();
    }

    /// <summary>Still open past the separation date: the daily job reports it as late (DEA-1).</summary>
    public bool IsPastSeparation(DateOnly today) => Status != AccountStatus.Deactivated && SeparationDate < today;

    private void Suspend(SuspensionCause cause, string note)
    {
        Status = AccountStatus.Suspended;
        SuspensionCause = cause;
        SuspensionNote = note;
    }

    private void Unsuspend()
    {
        Status = ActivatedOn is null ? AccountStatus.PendingFirstSignIn : AccountStatus.Active;
        SuspensionCause = null;
        SuspensionNote = null;
    }

    private void IssueTemporaryCredential(BusinessClock clock)
    {
        TemporaryCredential = new TemporaryCredential(clock.UtcNow);
        MustChangePassword = true;
    }

    private static string ValidUsername(string? username)
    {
        var name = Guard.Required(username, nameof(Username), CalJobsUsername.MaxLength);
        return CalJobsUsername.IsValid(name) ? name : throw new InvalidInputException(nameof(Username), CalJobsUsername.Rule);
    }
}
