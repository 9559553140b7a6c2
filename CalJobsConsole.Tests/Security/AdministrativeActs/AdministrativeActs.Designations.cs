using CalJobsConsole.App.Features;
using CalJobsConsole.App.Features.Areas;
using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.App.Features.People;
using CalJobsConsole.App.Features.Privileges;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Security.AdministrativeActs;

/// <summary>
/// The Operations Unit's acts on areas, offices, SPOC coverage, designation forms, training and the privilege catalogue:
/// statewide acts of the Operations Unit alone, so every administrator — trained or not, suspended or not, of this area or
/// another — is refused with SCO-1. (Signing designation forms and naming designees are the Director's own acts, DES-1,
/// and not in this table.)
/// </summary>
public static partial class AdministrativeActs
{
    private static IEnumerable<AdministrativeAct> AreasAndOffices =>
    [
        OperationsUnitAct("AreaAdminService.AddAreaAsync", w => w.World.LocalArea.Id,
            (w, user, _) => Desk(w, user).AddAreaAsync(new AreaForm { Name = "Mother Lode", Kind = AreaKind.LocalArea, DirectorId = World.LocalDirectorId }, ActWorld.Token)),
        OperationsUnitAct("AreaAdminService.EditAreaAsync", w => w.World.LocalArea.Id,
            (w, user, areaId) => Desk(w, user).EditAreaAsync((Guid)areaId, new AreaForm { Name = "Golden Sierra Consortium", DirectorId = World.LocalDirectorId },
                ActWorld.Token)),
        OperationsUnitAct("AreaAdminService.AddOfficeAsync", w => w.World.LocalArea.Id,
            (w, user, areaId) => Desk(w, user).AddOfficeAsync(new OfficeForm
                { Name = "Grass Valley AJCC", LocalAreaId = (Guid)areaId, ServingDivisionId = w.World.Division.Id, HasTitleIPartner = true }, ActWorld.Token)),
        OperationsUnitAct("AreaAdminService.EditOfficeAsync", w => w.World.PartnerOffice.Id,
            (w, user, officeId) => Desk(w, user).EditOfficeAsync((Guid)officeId, new OfficeForm
                { Name = "Auburn Career Center", LocalAreaId = w.World.LocalArea.Id, ServingDivisionId = w.World.Division.Id }, ActWorld.Token)),
        OperationsUnitAct("AreaAdminService.SetCoverageAsync", w => w.World.Division.ActiveDesignations.Single().Id,
            (w, user, designationId) => Desk(w, user).SetCoverageAsync((Guid)designationId,
                new CoverageForm { WholeDivision = false, OfficeIds = [w.World.WsbOnlyOffice.Id] }, ActWorld.Token)),
    ];

    /// <summary>People (issue 18): the Operations Unit's acts on console users, never an administrator's.</summary>
    private static IEnumerable<AdministrativeAct> PeopleActs =>
    [
        OperationsUnitAct("PeopleService.AddOperationsUnitMemberAsync", w => Guid.Empty,
            (w, user, _) => People(w, user).AddOperationsUnitMemberAsync("Otto Insider", "otto.insider@edd.example.gov", ActWorld.Token)),
        OperationsUnitAct("PeopleService.RemoveOperationsUnitMemberAsync", w => w.World.MisAdministrator.PersonId,
            (w, user, personId) => People(w, user).RemoveOperationsUnitMemberAsync((Guid)personId, ActWorld.Token)),
        OperationsUnitAct("PeopleService.LockAsync", w => w.World.MisAdministrator.PersonId,
            (w, user, personId) => People(w, user).LockAsync((Guid)personId, ActWorld.Token)),
        OperationsUnitAct("PeopleService.UnlockAsync", w => w.World.MisAdministrator.PersonId,
            (w, user, personId) => People(w, user).UnlockAsync((Guid)personId, ActWorld.Token)),
        OperationsUnitAct("PeopleService.SendNewInvitationAsync", w => w.World.MisAdministrator.PersonId,
            (w, user, personId) => People(w, user).SendNewInvitationAsync((Guid)personId, ActWorld.Token)),
        OperationsUnitAct("PeopleService.WithdrawInvitationAsync", w => w.World.MisAdministrator.PersonId,
            (w, user, personId) => People(w, user).WithdrawInvitationAsync((Guid)personId, ActWorld.Token)),
    ];

    /// <summary>REQ-2: the area's administrators (and the Operations Unit) register requestors and end registrations.</summary>
    private static IEnumerable<AdministrativeAct> RequestorActs =>
    [
        new("RequestorService.RegisterAsync", w => Task.FromResult<object>(w.World.LocalArea.Id),
            (w, user, areaId) => AdministrativeAct.CodesOf(() => Requestors(w, user).RegisterAsync((Guid)areaId,
                new RequestorForm { FullName = "Sam Supervisor", Email = "sam.supervisor@agency.example.gov", OfficeIds = [w.World.PartnerOffice.Id] },
                ActWorld.Token))),
        new("SupervisorService.ReassignAsync", async w =>
            {
                var account = w.World.CreateAccount();
                await w.AddAsync(account);
                return account.Id;
            },
            (w, user, accountId) => AdministrativeAct.CodesOf(() =>
                new CalJobsConsole.App.Features.Accounts.SupervisorService(w.Database, w.ScopeFor(user), w.World.Business)
                    .ReassignAsync((Guid)accountId, w.World.RequestorId, ActWorld.Token))),
        new("RequestorService.EndAsync", w => Task.FromResult<object>(w.World.LocalArea.Id),
            (w, user, areaId) => AdministrativeAct.CodesOf(() => Requestors(w, user).EndAsync((Guid)areaId, w.World.RequestorId, ActWorld.Token))),
    ];

    private static IEnumerable<AdministrativeAct> Designations =>
    [
        new("DesignationFormService.RecordAsync", SubmittedFormAsync,
            (w, user, formId) => AdministrativeAct.CodesOf(() => Forms(w, user).RecordAsync((Guid)formId, ActWorld.Token)), OperationsUnitOnly: true),
        new("DesignationFormService.RefuseAsync", SubmittedFormAsync,
            (w, user, formId) => AdministrativeAct.CodesOf(() => Forms(w, user).RefuseAsync((Guid)formId, "Signature missing.", ActWorld.Token)),
            OperationsUnitOnly: true),
        OperationsUnitAct("DesignationRegisterService.RecordTrainingAsync",
            w => w.World.LocalArea.ActiveDesignations.Single(d => d.PersonId == w.Untrained.PersonId).Id,
            (w, user, designationId) => new DesignationRegisterService(w.Database, w.ScopeFor(user), w.World.Business)
                .RecordTrainingAsync((Guid)designationId, w.World.Clock.Today, ActWorld.Token)),
    ];

    private static IEnumerable<AdministrativeAct> PrivilegeCatalogue =>
    [
        OperationsUnitAct("PrivilegeCatalogueService.AddGroupAsync", w => Guid.Empty,
            (w, user, _) => Catalogue(w, user).AddGroupAsync(new NewGroupForm { Name = "Shadow Admins" }, ActWorld.Token)),
        OperationsUnitAct("PrivilegeCatalogueService.SetGroupPrivilegesAsync", w => w.World.Group(DirectivePrivilegeGroups.Warn).Id,
            (w, user, groupId) => Catalogue(w, user).SetGroupPrivilegesAsync((Guid)groupId, ["SSN_UNMASK"], ActWorld.Token)),
        OperationsUnitAct("PrivilegeCatalogueService.AddPrivilegeAsync", w => Guid.Empty,
            (w, user, _) => Catalogue(w, user).AddPrivilegeAsync(new NewPrivilegeForm { Code = "WAGE_DATA", Name = "View wage data" }, ActWorld.Token)),
        OperationsUnitAct("PrivilegeCatalogueService.SetRestrictedAsync", w => w.World.Privilege("SSN_UNMASK").Id,
            (w, user, privilegeId) => Catalogue(w, user).SetRestrictedAsync((Guid)privilegeId, false, ActWorld.Token)),
    ];

    /// <summary>An act on something the stored world already holds (<paramref name="target"/>), the Operations Unit's alone.</summary>
    private static AdministrativeAct OperationsUnitAct<TOutcome>(string name, Func<ActWorld, Guid> target,
        Func<ActWorld, Guid, object, Task<TOutcome>> attempt) where TOutcome : ActOutcome =>
        new(name, w => Task.FromResult<object>(target(w)),
            (w, user, arranged) => AdministrativeAct.CodesOf(async () => (ActOutcome)await attempt(w, user, arranged)), OperationsUnitOnly: true);

    /// <summary>An "add" form for the division (it has free SPOC seats), signed by its Division Chief and waiting to be recorded.</summary>
    private static async Task<object> SubmittedFormAsync(ActWorld w)
    {
        var form = DesignationForm.SubmitAddition(w.World.Division, World.Contact("Newt SPOC"), w.World.Particulars(), TestSignatures.Designation(World.DivisionChiefId), w.World.Clock.Today);
        await w.AddAsync(form);
        return form.Id;
    }

    private static AreaAdminService Desk(ActWorld w, Guid user) =>
        new(w.Database, w.ScopeFor(user), w.World.Business, TestInvitations.Sender(w.World.Business));

    private static RequestorService Requestors(ActWorld w, Guid user) =>
        new(w.Database, w.ScopeFor(user), w.World.Business, TestInvitations.Sender(w.World.Business));

    private static PeopleService People(ActWorld w, Guid user) =>
        new(w.Database, w.ScopeFor(user), w.World.Business, TestInvitations.Sender(w.World.Business));

    private static DesignationFormService Forms(ActWorld w, Guid user) =>
        new(w.Database, w.ScopeFor(user), new DesignationRecorder(w.Database), w.World.Business, TestInvitations.Sender(w.World.Business),
            TestFiling.In(w.Data, w.World.Business));

    private static PrivilegeCatalogueService Catalogue(ActWorld w, Guid user) => new(w.Database, w.ScopeFor(user), w.World.Business);
}
