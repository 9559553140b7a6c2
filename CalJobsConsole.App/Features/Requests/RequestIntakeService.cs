using CalJobsConsole.Domain.Signatures;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Domain.Requests.Rules;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Requests;

/// <summary>
/// Request intake (Attachment 3, REQ-1): a requestor submits the five kinds of System Access Request, sees their own
/// requests and corrects a returned one. SCO-1 on the server: only the Requestor role files, only for staff accounts
/// the requestor supervises and for offices that exist. The area follows from the office: LWIA staff go to its Local
/// Area, WSB staff to its serving field division.
/// </summary>
public sealed class RequestIntakeService(IDbContextFactory<ConsoleDbContext> contexts, ScopeService scopes, BusinessClock clock)
{
    private static readonly RequestFormModelValidator Validator = new();

    /// <summary>The offices, privilege groups and the requestor's own staff accounts the form offers.</summary>
    public async Task<IntakeOptions> OptionsAsync(CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireRequestorAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        // REQ-2: the offices the requestor is registered for, in any area.
        var offices = await db.Offices.AsNoTracking()
            .Where(o => db.RequestorRegistrations.Any(r => r.PersonId == scope.UserId && r.EndedAt == null && r.OfficeId == o.Id))
            .ToListAsync(cancellationToken);
        var groups = await db.PrivilegeGroups.AsNoTracking().OrderBy(g => g.Name).Select(g => new GroupOption(g.Id, g.Name)).ToListAsync(cancellationToken);
        var accounts = await db.StaffAccounts.AsNoTracking()
            .Where(a => a.SupervisorId == scope.UserId && a.Status != AccountStatus.Deactivated).ToListAsync(cancellationToken);
        var accountOffices = accounts.Select(a => a.OfficeId).Distinct().ToList();
        var divisionOf = await db.Offices.AsNoTracking().Where(o => accountOffices.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.ServingDivisionId, cancellationToken);
        // The requestor's own title and phone as on their latest request that gave them: offered again, not assumed.
        var lastContact = await db.AccessRequests.AsNoTracking().Where(r => r.RequestorId == scope.UserId && r.Form.RequestorTitle != null)
            .OrderByDescending(r => r.SubmittedAt).Select(r => new { r.Form.RequestorTitle, r.Form.RequestorPhone }).FirstOrDefaultAsync(cancellationToken);
        return new IntakeOptions(
            offices.OrderBy(o => o.Name).Select(o => new OfficeOption(o.Id, o.Name, areas.GetValueOrDefault(o.LocalAreaId, ""),
                areas.GetValueOrDefault(o.ServingDivisionId, ""))).ToList(),
            groups,
            accounts.OrderBy(a => a.Staff.FullName).Select(a => new StaffOption(a.Id, a.Staff.FullName, a.Staff.Email, a.Username, a.StaffKind,
                a.OfficeId, divisionOf.GetValueOrDefault(a.OfficeId) == a.AreaId, PhoneNumber.IsPlausible(a.Staff.Phone) ? a.Staff.Phone : null)).ToList(),
            scope.FullName, lastContact?.RequestorTitle, lastContact?.RequestorPhone);
    }

    /// <summary>Submits a new request; nothing is saved unless the whole form holds.</summary>
    public Task<ActOutcome> SubmitAsync(RequestFormModel model, CancellationToken cancellationToken = default) =>
        ShapeChecked(model, async () =>
        {
            var scope = await scopes.RequireRequestorAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var request = AccessRequest.Submit(scope.UserId, await FormAsync(db, scope, model, cancellationToken), RequestorSignature(scope, model), clock);
            db.AccessRequests.Add(request);
            db.Audit(clock, scope.UserId, "AccessRequest.Submitted", nameof(AccessRequest), request.Id, request.AreaId, null, Snapshot(request), request.Id);
            await db.SaveChangesAsync(cancellationToken);
        });

    /// <summary>The requestor corrects a request the administrator returned, and resubmits it.</summary>
    public Task<ActOutcome> CorrectAsync(Guid requestId, RequestFormModel model, CancellationToken cancellationToken = default) =>
        ShapeChecked(model, async () =>
        {
            var scope = await scopes.RequireRequestorAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var request = await OwnRequestAsync(db, scope, requestId, cancellationToken);
            var before = Snapshot(request);
            request.Correct(scope.UserId, await FormAsync(db, scope, model, cancellationToken), RequestorSignature(scope, model), clock);
            db.Audit(clock, scope.UserId, "AccessRequest.Corrected", nameof(AccessRequest), request.Id, request.AreaId, before, Snapshot(request), request.Id);
            await db.SaveChangesAsync(cancellationToken);
        });

    /// <summary>REQ-1: the requestor signs the form with their own name as on record; nobody signs as another person.</summary>
    private Signature RequestorSignature(UserScope scope, RequestFormModel model) =>
        Signature.Sign(AttestationStatement.AccessRequest, scope.UserId, scope.FullName, model.SignatureName, clock);

    /// <summary>The signed-in requestor's own requests, newest first.</summary>
    public async Task<IReadOnlyList<RequestLine>> MineAsync(CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireRequestorAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var requests = await db.AccessRequests.AsNoTracking().Where(r => r.RequestorId == scope.UserId).ToListAsync(cancellationToken);
        var offices = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var ids = requests.Select(r => r.Id).ToList();
        var escalations = (await db.Escalations.AsNoTracking().Where(e => ids.Contains(e.RequestId)).ToListAsync(cancellationToken))
            .GroupBy(e => e.RequestId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.RaisedAt)!.Status);
        return requests.OrderByDescending(r => r.SubmittedAt)
            .Select(r => new RequestLine(r.Id, r.Kind, r.Form.Staff.FullName, offices.GetValueOrDefault(r.OfficeId, ""),
                areas.GetValueOrDefault(r.AreaId, ""), r.Status, r.SubmittedAt, r.DecisionNote,
                escalations.TryGetValue(r.Id, out var escalation) ? escalation : null, r.CreatedAccountId)).ToList();
    }

    /// <summary>A returned request of the signed-in requestor, as a form to correct, with the administrator's note.</summary>
    public async Task<Correction> CorrectionAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.RequireRequestorAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await OwnRequestAsync(db, scope, requestId, cancellationToken);
        var office = await db.Offices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == request.OfficeId, cancellationToken);
        var form = request.Form;
        return new Correction(request.Id, new RequestFormModel
        {
            Kind = form.Kind, FullName = form.Staff.FullName, Email = form.Staff.Email, StaffJobTitle = form.StaffJobTitle, StaffPhone = form.Staff.Phone,
            StaffKind = form.StaffKind, RequestorTitle = form.RequestorTitle, RequestorPhone = form.RequestorPhone,
            WsbStaff = office?.ServingDivisionId == form.AreaId, OfficeId = form.OfficeId, AccountId = form.AccountId,
            RequestedGroupId = form.RequestedGroupId,
            IspaCompletedOn = form.Attestations?.IspaCompletedOn?.ToDateTime(TimeOnly.MinValue),
            StatementDate = form.Attestations?.Statement.Date.ToDateTime(TimeOnly.MinValue),
            StatementRefused = form.Attestations?.Statement.Refused ?? false,
            SeparationDate = form.SeparationDate?.ToDateTime(TimeOnly.MinValue), BusinessNeed = form.BusinessNeed,
        }, request.DecisionNote);
    }

    /// <summary>
    /// A model a form pre-fills for a kind on one of the requestor's own accounts (the "start renewal" link), with the requestor's
    /// title and phone from their latest request when <paramref name="offered"/> has them.
    /// </summary>
    public static RequestFormModel PrefilledFor(AccessRequestKind kind, StaffOption? account, IntakeOptions? offered = null)
    {
        var model = account is null
            ? new RequestFormModel { Kind = kind }
            : new RequestFormModel
            {
                Kind = kind, AccountId = account.AccountId, FullName = account.Name, Email = account.Email, StaffPhone = account.Phone,
                StaffKind = account.StaffKind, OfficeId = account.OfficeId, WsbStaff = account.WsbStaff,
            };
        (model.RequestorTitle, model.RequestorPhone) = (offered?.RequestorTitle, offered?.RequestorPhone);
        return model;
    }

    /// <summary>
    /// The form's shape first (the page validated already; the server checks again, so a crafted call saves nothing either),
    /// then the act; a field the domain refuses comes back beside the form's own field.
    /// </summary>
    private static async Task<ActOutcome> ShapeChecked(RequestFormModel model, Func<Task> action)
    {
        var result = await Validator.ValidateAsync(model);
        if (!result.IsValid)
            return ActOutcome.Invalid(result.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.First().ErrorMessage));
        var outcome = await ActOutcome.Of(action);
        return outcome is { ProblemField: { } field, Problem: { } problem }
            ? ActOutcome.Invalid(new Dictionary<string, string> { [RequestFormModel.FieldOf(field)] = problem })
            : outcome;
    }

    /// <summary>Attachment 3 from the model, after SCO-1: the office must exist and an existing account be the requestor's own.</summary>
    private static async Task<AccessRequestForm> FormAsync(ConsoleDbContext db, UserScope scope, RequestFormModel model, CancellationToken cancellationToken)
    {
        var office = await db.Offices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == model.OfficeId, cancellationToken)
            ?? throw new InvalidInputException(nameof(RequestFormModel.OfficeId), "no such office.");
        if (model.IsOnExistingAccount)
            BusinessRules.Check(new StaffAccountMustBeRequestorsOwnRule(
                await db.StaffAccounts.AnyAsync(a => a.Id == model.AccountId && a.SupervisorId == scope.UserId, cancellationToken)));
        var areaId = model.WsbStaff ? office.ServingDivisionId : office.LocalAreaId;
        var registrations = await db.RequestorRegistrations.AsNoTracking()
            .Where(r => r.PersonId == scope.UserId && r.AreaId == areaId && r.OfficeId == office.Id && r.EndedAt == null).ToListAsync(cancellationToken);
        var areaName = await db.Areas.Where(a => a.Id == areaId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken) ?? "the area";
        BusinessRules.Check(RequestorRegistration.RuleFor(registrations, areaId, office.Id, areaName, office.Name));
        if (model.AsksForGroup && !await db.PrivilegeGroups.AnyAsync(g => g.Id == model.RequestedGroupId, cancellationToken))
            throw new InvalidInputException(nameof(RequestFormModel.RequestedGroupId), "no such privilege group.");
        var staffKind = model.StaffKind!.Value;
        return new AccessRequestForm(
            model.Kind,
            ContactDetails.Create(model.FullName, model.Email, model.StaffPhone),
            staffKind,
            areaId,
            office.Id,
            AccountId: model.IsOnExistingAccount ? model.AccountId : null,
            RequestedGroupId: model.AsksForGroup ? model.RequestedGroupId : null,
            Attestations: model.CarriesAttestations ? Attestations(model, staffKind) : null,
            SeparationDate: model.CarriesSeparation ? DateOnly.FromDateTime(model.SeparationDate!.Value) : null,
            BusinessNeed: model.BusinessNeed,
            RequestorVerifiedAttestations: model.VerifiedAttestations,
            RequestorVerifiedBusinessNeed: model.VerifiedBusinessNeed,
            StaffJobTitle: model.StaffJobTitle,
            RequestorTitle: model.RequestorTitle,
            RequestorPhone: model.RequestorPhone);
    }

    private static Attestations Attestations(RequestFormModel model, StaffKind staffKind)
    {
        var statementKind = staffKind.RequiredStatement();
        var statementDate = DateOnly.FromDateTime(model.StatementDate!.Value);
        return new Attestations(DateOnly.FromDateTime(model.IspaCompletedOn!.Value),
            model.StatementRefused ? ConfidentialityStatement.RefusedToSign(statementKind, statementDate) : ConfidentialityStatement.Signed(statementKind, statementDate));
    }

    private static async Task<AccessRequest> OwnRequestAsync(ConsoleDbContext db, UserScope scope, Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.AccessRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.RequestorId == scope.UserId, cancellationToken);
        BusinessRules.Check(new RequestMustBeRequestorsOwnRule(request is not null));
        return request!;
    }

    private static object Snapshot(AccessRequest r) => new
    {
        r.Kind, r.Status, r.AreaId, r.OfficeId, r.AccountId, r.Form.Staff.FullName, r.Form.Staff.Email, r.Form.StaffKind, r.Form.RequestedGroupId,
        IspaCompletedOn = r.Form.Attestations?.IspaCompletedOn, StatementDate = r.Form.Attestations?.Statement.Date,
        StatementRefused = r.Form.Attestations?.Statement.Refused, r.Form.SeparationDate, r.Form.StaffJobTitle, r.Form.Staff.Phone,
        r.Form.RequestorTitle, r.Form.RequestorPhone, r.SubmittedAt,
    };
}
