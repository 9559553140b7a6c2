using CalJobsConsole.Domain.Accounts.Rules;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Attestations.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges;

namespace CalJobsConsole.Domain.Accounts;

public sealed partial class StaffAccount
{
    /// <summary>
    /// Could this existing account have been kept by the console's rules? Every broken rule at once: the office in the account's
    /// area (SCO-1), the group the area's kind of administrator may grant (GRP-1/2; a group only the Operations Unit grants was
    /// granted by escalation and stands), the
    /// signed statement of the staff member's kind and ISPA training (PRE-1), both current at the account's last act (PRE-2),
    /// the renewal due date one year after that act (REN-1), the suspension's cause (REV-1), the deactivation and separation
    /// dates (DEA-1), and no date of something that happened lying in the future.
    /// </summary>
    public static IReadOnlyList<BrokenRule> ImportEligibility(ImportedAccount account, Area area, Office office, DateOnly today, AttestationPolicy policy) =>
        BusinessRules.Evaluate(
        [
            new ImportedOfficeMustBeInAccountsAreaRule(office.Name, area.Name, office.IsIn(area.Id)),
            .. GroupRules(account.Group, area.AdministratorRole),
            new StaffMustSignConfidentialityStatementRule(account.StaffKind, account.Statement),
            new StaffMustCompleteIspaTrainingRule(account.IspaCompletedOn),
            new ImportedAttestationMustBeCurrentAtLastActRule("ISPA training", account.IspaCompletedOn, account.LastActOn, policy),
            new ImportedAttestationMustBeCurrentAtLastActRule(StatementName(account), account.Statement?.SignedOn, account.LastActOn, policy),
            new ImportedDateMustNotBeInFutureRule(RuleCode.Pre2, "IspaCompletedOn", account.IspaCompletedOn, today),
            new ImportedDateMustNotBeInFutureRule(RuleCode.Pre2, "StatementSignedOn", account.Statement?.SignedOn, today),
            new ImportedDateMustNotBeInFutureRule(RuleCode.Ren1, "CreatedOn", account.CreatedOn, today),
            new ImportedDateMustNotBeInFutureRule(RuleCode.Ren1, "LastRenewedOn", account.LastRenewedOn, today),
            new ImportedRenewalDueDateMustFollowLastActRule(account.CreatedOn, account.LastRenewedOn, account.RenewalDueOn),
            new ImportedSuspensionMustNameItsCauseRule(account.Status, account.SuspensionCause, account.RenewalDueOn, today),
            new ImportedDeactivationMustBeConsistentRule(account.Status, account.CreatedOn, account.SeparationDate, account.DeactivatedOn),
            new ImportedDateMustNotBeInFutureRule(RuleCode.Dea1, "DeactivatedOn", account.DeactivatedOn, today),
        ]);

    /// <summary>
    /// The existing account, in the state the file gives, once every rule holds (throws with every broken one otherwise). It
    /// has no temporary credential (none was issued by the console) and no creating request: the compliance panel counts its
    /// missing evidence until the next renewal brings some.
    /// </summary>
    public static StaffAccount Import(ImportedAccount account, Area area, Office office, DateOnly today, AttestationPolicy policy)
    {
        if (account.AreaId != area.Id || account.OfficeId != office.Id)
            throw new InvalidInputException(nameof(AreaId), "the area and office checked are the account's own.");
        BusinessRules.ThrowIfAny(ImportEligibility(account, area, office, today, policy));
        var imported = new StaffAccount(ValidUsername(account.Username), account.Staff, account.StaffKind,
            Guard.Required(account.AreaId, nameof(AreaId)), Guard.Required(account.OfficeId, nameof(OfficeId)),
            Guard.Required(account.SupervisorId, nameof(SupervisorId)), account.Group.Id,
            new Attestations.Attestations(account.IspaCompletedOn, account.Statement!), account.CreatedOn)
        {
            LastRenewedOn = account.LastRenewedOn,
            RenewalDueOn = account.RenewalDueOn,
            Status = account.Status,
            SeparationDate = account.SeparationDate,
            DeactivatedOn = account.DeactivatedOn,
            // An account past its first sign-in was in use; lifting a suspension returns it to Active.
            ActivatedOn = account.Status == AccountStatus.PendingFirstSignIn ? null : account.CreatedOn,
        };
        if (account is { Status: AccountStatus.Deactivated, DeactivatedOn: { } deactivatedOn })
            imported.DeactivationDaysLate = account.SeparationDate is { } separation ? Math.Max(0, deactivatedOn.DayNumber - separation.DayNumber) : 0;
        if (account is { Status: AccountStatus.Suspended, SuspensionCause: { } cause })
        {
            imported.SuspensionCause = cause;
            imported.SuspensionNote = cause == Accounts.SuspensionCause.OverdueRenewal
                ? $"Annual renewal overdue since {account.RenewalDueOn:yyyy-MM-dd} (imported)."
                : "Suspended by the Operations Unit before the import (imported).";
        }
        return imported;
    }

    /// <summary>A group only the Operations Unit grants was granted by an escalation (GRP-3) and stands; any other follows GRP-1/2.</summary>
    private static IEnumerable<IBusinessRule> GroupRules(PrivilegeGroup group, AdministratorRole areaRole) =>
        group.Authority == GrantingAuthority.OperationsUnit ? [] : GrantEligibility.Rules(areaRole, group);

    private static string StatementName(ImportedAccount account) =>
        (account.Statement?.Kind ?? account.StaffKind.RequiredStatement()).DisplayName();
}
