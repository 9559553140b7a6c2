using CalJobsConsole.Tests.Support;
using CalJobsConsole.App.Features.Escalations;
using CalJobsConsole.App.Features.Inbox;
using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Features.NewAccounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Security.AdministrativeActs;

/// <summary>
/// The administrator's acts on a System Access Request — the decisions of the inbox, creating the account, escalating it —
/// and the Operations Unit's decisions on an escalation (its alone: SCO-1 for every administrator). The requestor's own acts
/// (submit, correct) are not administrative and are not here.
/// </summary>
public static partial class AdministrativeActs
{
    private static IEnumerable<AdministrativeAct> Requests =>
    [
        new("InboxService.ApproveAsync", SubmittedAsync,
            (w, user, request) => AdministrativeAct.CodesOf(async () => await Inbox(w, user).ApproveAsync(Id(request), Version(request),
                await SignedIn.NameOfAsync(w.Database, user), ActWorld.Token))),
        new("InboxService.ReturnForCorrectionAsync", SubmittedAsync,
            (w, user, request) => AdministrativeAct.CodesOf(() => Inbox(w, user).ReturnForCorrectionAsync(Id(request), Version(request),
                new DecisionNoteModel { Note = "Give the ISPA certificate date." }, ActWorld.Token))),
        new("InboxService.RejectAsync", SubmittedAsync,
            (w, user, request) => AdministrativeAct.CodesOf(() => Inbox(w, user).RejectAsync(Id(request), Version(request),
                new DecisionNoteModel { Note = "No business need." }, ActWorld.Token))),
        new("AccountCreationService.CreateAsync", ApprovedNewAccountAsync,
            (w, user, request) => AdministrativeAct.CodesOf(async () => await Creation(w, user).CreateAsync(Id(request), Version(request),
                new CreateAccountModel { Username = "pat.staff", GroupId = ((AccessRequest)request).Form.RequestedGroupId }, ActWorld.Token))),
        new("AccountCreationService.EscalateAsync", ApprovedWsbGroupAsync,
            (w, user, request) => AdministrativeAct.CodesOf(() => Creation(w, user).EscalateAsync(Id(request), Version(request),
                new EscalationModel { PrivilegeCodes = ["SSN_UNMASK"], Reason = "Partner staff work WSB cases." }, ActWorld.Token))),
        new("EscalationQueueService.GrantAsync", OpenEscalationAsync,
            (w, user, escalation) => AdministrativeAct.CodesOf(async () => await Queue(w, user).GrantAsync(((Escalation)escalation).Id,
                new GrantEscalationModel { Username = "pat.staff", Note = "Agreed." }, ActWorld.Token)),
            OperationsUnitOnly: true),
        new("EscalationQueueService.DeclineAsync", OpenEscalationAsync,
            (w, user, escalation) => AdministrativeAct.CodesOf(() => Queue(w, user).DeclineAsync(((Escalation)escalation).Id,
                "Partner staff do not get WSB groups.", ActWorld.Token)),
            OperationsUnitOnly: true),
    ];

    private static async Task<object> SubmittedAsync(ActWorld w)
    {
        var request = w.World.Submit(w.World.NewAccountForm());
        await w.AddAsync(request);
        return request;
    }

    /// <summary>An approved new-account request with every document the evidence table asks for.</summary>
    private static async Task<object> ApprovedNewAccountAsync(ActWorld w)
    {
        var request = w.World.Approved(w.World.NewAccountForm());
        await w.AddAsync([request, .. w.World.FullEvidence(request)]);
        return request;
    }

    /// <summary>An approved request for a WSB group, which an MIS Administrator may not grant (GRP-1): one to escalate.</summary>
    private static async Task<object> ApprovedWsbGroupAsync(ActWorld w)
    {
        var request = w.World.Approved(w.World.NewAccountForm(group: DirectivePrivilegeGroups.EddWsbStaff));
        await w.AddAsync([request, .. w.World.FullEvidence(request)]);
        return request;
    }

    /// <summary>The Local Area's trained MIS Administrator escalated a WSB group with a restricted privilege; it waits for the Operations Unit.</summary>
    private static async Task<object> OpenEscalationAsync(ActWorld w)
    {
        var request = w.World.Approved(w.World.NewAccountForm(group: DirectivePrivilegeGroups.EddWsbStaff));
        var escalation = Escalation.Raise(request, w.World.MisAdministrator, w.World.Group(DirectivePrivilegeGroups.EddWsbStaff),
            [w.World.Privilege("SSN_UNMASK")], "Partner staff work WSB cases.", w.World.Business);
        await w.AddAsync([request, escalation, .. w.World.FullEvidence(request)]);
        return escalation;
    }

    private static InboxService Inbox(ActWorld w, Guid user) =>
        new(w.Database, w.ScopeFor(user), w.World.Business, w.World.Policy, TestFiling.In(w.Data, w.World.Business));

    private static AccountCreationService Creation(ActWorld w, Guid user) =>
        new(w.Database, w.ScopeFor(user), w.World.Business, w.World.Policy, Issuer(w), new NewAccountRecorder(Issuer(w), w.World.Business));

    private static EscalationQueueService Queue(ActWorld w, Guid user) =>
        new(w.Database, w.ScopeFor(user), w.World.Business, w.World.Policy, Issuer(w), new NewAccountRecorder(Issuer(w), w.World.Business),
            new RecordingNotificationSender(), NullLogger<EscalationQueueService>.Instance);
}
