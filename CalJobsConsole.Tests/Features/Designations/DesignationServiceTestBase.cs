using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Designations;

/// <summary>The designation services over a stored world, each built for whoever a test says is signed in.</summary>
public abstract class DesignationServiceTestBase : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected StoredWorld Stored { get; private set; } = null!;

    protected World World => Stored.World;

    protected Guid OpsId => Stored.OperationsUnitUserId;

    protected static Guid DirectorId => Support.World.LocalDirectorId;

    protected static Guid ChiefId => Support.World.DivisionChiefId;

    protected CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Stored = await StoredWorld.CreateAsync(Database);
    }

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();

    /// <summary>What the designation services sent: invitations for the people they created.</summary>
    protected RecordingNotificationSender Sent { get; } = new();

    protected DesignationFormService Forms(Guid userId) =>
        new(Database, SignedIn.ScopeFor(Database, userId), new DesignationRecorder(Database), World.Business, TestInvitations.Sender(World.Business, Sent),
            TestFiling.In(Database, World.Business));

    protected DesigneeService Designees(Guid userId) =>
        new(Database, SignedIn.ScopeFor(Database, userId), World.Business, TestInvitations.Sender(World.Business, Sent));

    protected DesignationRegisterService Register(Guid userId) => new(Database, SignedIn.ScopeFor(Database, userId), World.Business);

    /// <summary>The form signed as <paramref name="userId"/> signs it (issue 20): their own name on record, unless the test typed one.</summary>
    protected async Task<DesignationFormModel> Signed(DesignationFormModel model, Guid userId)
    {
        model.SignatureName ??= await SignedIn.NameOfAsync(Database, userId);
        return model;
    }

    protected DesignationFormModel Add(string name) => new()
    {
        Kind = DesignationFormKind.Add, FullName = name, Email = name.ToLowerInvariant().Replace(' ', '.') + "@agency.ca.gov", Phone = World.Phone,
        Title = "Workforce Services Manager", Organisation = "Golden Sierra Job Training Agency", EffectiveOn = EffectiveToday,
    };

    /// <summary>Today's business date as the form's date picker gives it: the effective date of a change that takes effect at once.</summary>
    protected DateTime EffectiveToday => World.Clock.Today.ToDateTime(TimeOnly.MinValue);

    /// <summary>Submits an add form signed by <paramref name="signerId"/> and returns the new form's id.</summary>
    protected async Task<Guid> SubmitAddAsync(Guid areaId, Guid signerId, string name)
    {
        var outcome = await Forms(signerId).SubmitAsync(areaId, await Signed(Add(name), signerId), Token);
        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.BrokenRules.Select(r => r.Message)));
        await using var db = Database.CreateDbContext();
        return (await db.DesignationForms.Where(f => f.AreaId == areaId && f.Status == DesignationFormStatus.Submitted).ToListAsync(Token))
            .Single(f => f.Person.FullName == name).Id;
    }

    protected async Task AddAndRecordAsync(Guid areaId, Guid signerId, string name)
    {
        var formId = await SubmitAddAsync(areaId, signerId, name);
        var outcome = await Forms(OpsId).RecordAsync(formId, Token);
        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join(" ", outcome.Codes));
    }

    protected async Task<int> ActiveSeatsAsync(Guid areaId)
    {
        await using var db = Database.CreateDbContext();
        return await db.Designations.CountAsync(d => d.AreaId == areaId && d.Status == DesignationStatus.Active, Token);
    }

    protected async Task<Guid> UserIdByEmailAsync(string email)
    {
        await using var db = Database.CreateDbContext();
        return await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync(Token);
    }

    protected Task<UserScope?> ScopeOfAsync(Guid userId) => SignedIn.ScopeFor(Database, userId).CurrentAsync(Token);
}
