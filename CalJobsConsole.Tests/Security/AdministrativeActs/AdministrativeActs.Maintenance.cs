using CalJobsConsole.App.Features;
using CalJobsConsole.App.Features.Maintenance;
using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.App.Features.Suspensions;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Security.AdministrativeActs;

public static partial class AdministrativeActs
{
    /// <summary>Acts on an existing account from its approved request (reset, privilege update, renewal, deactivation), every document uploaded.</summary>
    private static IEnumerable<AdministrativeAct> Maintenance =>
    [
        new("PasswordResetService.ResetAsync", w => ApprovedActAsync(w, AccessRequestKind.PasswordReset),
            (w, user, request) => AdministrativeAct.CodesOf(async () =>
                await new PasswordResetService(w.Database, w.ScopeFor(user), w.World.Business, w.World.Policy, Issuer(w), new RecordingNotificationSender())
                    .ResetAsync(Id(request), Version(request), ActWorld.Token))),
        new("PrivilegeUpdateService.UpdateAsync", w => ApprovedActAsync(w, AccessRequestKind.PrivilegeUpdate),
            (w, user, request) => AdministrativeAct.CodesOf(() =>
                new PrivilegeUpdateService(w.Database, w.ScopeFor(user), w.World.Business, w.World.Policy)
                    .UpdateAsync(Id(request), Version(request), new PrivilegeUpdateModel { GroupId = ((AccessRequest)request).Form.RequestedGroupId }, ActWorld.Token))),
        new("PrivilegeUpdateService.EscalateAsync", w => ApprovedActAsync(w, AccessRequestKind.PrivilegeUpdate),
            (w, user, request) => AdministrativeAct.CodesOf(() =>
                new PrivilegeUpdateService(w.Database, w.ScopeFor(user), w.World.Business, w.World.Policy)
                    .EscalateAsync(Id(request), Version(request), new EscalationModel { PrivilegeCodes = ["SSN_UNMASK"], Reason = "Covers WSB cases." }, ActWorld.Token))),
        new("RenewalService.RenewAsync", w => ApprovedActAsync(w, AccessRequestKind.AnnualRenewal),
            (w, user, request) => AdministrativeAct.CodesOf(() =>
                new RenewalService(w.Database, w.ScopeFor(user), w.World.Business, w.World.Policy).RenewAsync(Id(request), Version(request), ActWorld.Token))),
        new("DeactivationService.DeactivateAsync", w => ApprovedActAsync(w, AccessRequestKind.Deactivation),
            (w, user, request) => AdministrativeAct.CodesOf(() =>
                new DeactivationService(w.Database, w.ScopeFor(user), w.World.Business, w.World.Policy).DeactivateAsync(Id(request), Version(request), ActWorld.Token))),
    ];

    /// <summary>REV-1 at the Operations Unit's desk: statewide, no administrator takes them.</summary>
    private static IEnumerable<AdministrativeAct> Suspensions =>
    [
        new("SuspensionService.SuspendAdministratorAsync",
            w => Task.FromResult<object>(w.World.LocalArea.ActiveDesignations.Single(d => d.PersonId == w.World.MisAdministrator.PersonId).Id),
            (w, user, designationId) => Suspension(w, user, s => s.SuspendAdministratorAsync((Guid)designationId, "Ran a script against CalJOBS.", ActWorld.Token)),
            OperationsUnitOnly: true),
        new("SuspensionService.LiftAdministratorSuspensionAsync",
            w => Task.FromResult<object>(w.World.LocalArea.ActiveDesignations.Single(d => d.PersonId == w.Suspended.PersonId).Id),
            (w, user, designationId) => Suspension(w, user, s => s.LiftAdministratorSuspensionAsync((Guid)designationId, ActWorld.Token)),
            OperationsUnitOnly: true),
        new("SuspensionService.SuspendAccountAsync", w => StoredAccountAsync(w, suspended: false),
            (w, user, accountId) => Suspension(w, user, s => s.SuspendAccountAsync((Guid)accountId, "Ran a script against CalJOBS.", ActWorld.Token)),
            OperationsUnitOnly: true),
        new("SuspensionService.LiftAccountSuspensionAsync", w => StoredAccountAsync(w, suspended: true),
            (w, user, accountId) => Suspension(w, user, s => s.LiftAccountSuspensionAsync((Guid)accountId, ActWorld.Token)),
            OperationsUnitOnly: true),
    ];

    /// <summary>An account of the Local Area and an approved request of <paramref name="kind"/> for it, with every document it needs.</summary>
    private static async Task<object> ApprovedActAsync(ActWorld w, AccessRequestKind kind)
    {
        var account = w.World.CreateAccount();
        var request = w.World.Approved(w.World.FormFor(account, kind));
        await w.AddAsync([account, request, .. w.World.FullEvidence(request)]);
        return request;
    }

    private static async Task<object> StoredAccountAsync(ActWorld w, bool suspended)
    {
        var account = w.World.CreateAccount();
        if (suspended)
            account.SuspendByOperationsUnit("Ran a script against CalJOBS.");
        await w.AddAsync(account);
        return account.Id;
    }

    private static async Task<IReadOnlyList<string>> Suspension(ActWorld w, Guid user, Func<SuspensionService, Task<ActOutcome>> act)
    {
        await using var users = new TestUsers(w.Database);
        return await AdministrativeAct.CodesOf(() => act(new SuspensionService(w.Database, w.ScopeFor(user), w.World.Business, users.Manager)));
    }

}
