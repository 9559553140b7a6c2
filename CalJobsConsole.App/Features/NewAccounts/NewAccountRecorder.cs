using CalJobsConsole.App.Security;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Data.Configurations;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Accounts.Rules;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.NewAccounts;

/// <summary>
/// Records a created account — by its administrator, or by the Operations Unit granting an escalation: the account,
/// its sign-in with the temporary password and the fulfilled request with their audit records (each naming the request,
/// none holding a password) in one transaction, then the credential message (CRD-1).
/// </summary>
public sealed class NewAccountRecorder(CredentialIssuer credentials, BusinessClock clock)
{
    /// <param name="requestBefore">The request's snapshot before the act (see <see cref="RequestSnapshot"/>).</param>
    /// <exception cref="InvalidInputException">The username was taken by another save a moment ago (nothing is saved).</exception>
    public async Task<DeliveredCredential> SaveAndDeliverAsync(ConsoleDbContext db, Guid actorId, StaffAccount account, AccessRequest request,
        object requestBefore, CancellationToken cancellationToken)
    {
        db.StaffAccounts.Add(account);
        var credential = await credentials.AddSignInAsync(db, account, cancellationToken);
        db.Audit(clock, actorId, "StaffAccount.Created", nameof(StaffAccount), account.Id, account.AreaId, null, AccountSnapshot(account), request.Id);
        db.Audit(clock, actorId, "AccessRequest.Fulfilled", nameof(AccessRequest), request.Id, request.AreaId, requestBefore, RequestSnapshot(request), request.Id);
        db.Audit(clock, actorId, SecurityAudit.Actions.TemporaryPasswordRevealed, nameof(StaffAccount), account.Id, account.AreaId, null,
            CredentialIssuer.Revealed(credential), request.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseConstraint.Violates(ex, StaffAccountConfiguration.OneOpenAccountPerPersonIndex, "StaffAccounts.PersonId"))
        {
            // Another administrator opened an account for the same person a moment ago: the database's index said so (REQ-1).
            BusinessRules.Check(new PersonMustNotHoldAnOpenAccountRule(account.Staff.FullName, "opened for them a moment ago"));
            throw;
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException && DatabaseConstraint.IsUniqueViolation(ex))
        {
            throw new InvalidInputException("Username", $"The username '{account.Username}' was taken a moment ago; choose another.");
        }
        var delivered = await credentials.DeliverAsync(db, credential, account, request, isReset: false, cancellationToken);
        return new DeliveredCredential(credential, delivered);
    }

    /// <summary>The account as the audit trail records it: state and dates, never a password or its hash.</summary>
    public static object AccountSnapshot(StaffAccount a) => new
    {
        a.Username, a.Staff.FullName, a.Staff.Email, StaffKind = a.StaffKind.ToString(), a.AreaId, a.OfficeId, a.SupervisorId,
        a.PrivilegeGroupId, a.ExtraPrivilegeCodes, Status = a.Status.ToString(), a.Attestations.IspaCompletedOn,
        Statement = a.Attestations.Statement.Kind.ToString(), StatementDate = a.Attestations.Statement.Date, a.RenewalDueOn,
        TemporaryPasswordIssuedAt = a.TemporaryCredential?.IssuedAt, TemporaryPasswordExpiresAt = a.TemporaryCredential?.ExpiresAt,
    };

    public static object RequestSnapshot(AccessRequest r) =>
        new { Status = r.Status.ToString(), r.FulfilledAt, r.CreatedAccountId, r.DecisionNote, r.Version };
}
