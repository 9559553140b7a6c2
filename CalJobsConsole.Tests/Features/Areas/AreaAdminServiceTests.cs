using CalJobsConsole.Tests.Features.NewAccounts;
using CalJobsConsole.App.Features.Areas;
using CalJobsConsole.App.Features.People;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Areas;

/// <summary>The Operations Unit's desk: areas and offices added and edited, audited, refused to anyone else (SCO-1).</summary>
public class AreaAdminServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private StoredWorld _stored = null!;
    private Guid _newDirectorId;

    private World World => _stored.World;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _stored = await StoredWorld.CreateAsync(_database);
        _newDirectorId = await SignedIn.AddUserAsync(_database, "Nia New");
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private readonly RecordingNotificationSender _sent = new();

    private AreaAdminService ServiceFor(Guid userId) =>
        new(_database, SignedIn.ScopeFor(_database, userId), World.Business, TestInvitations.Sender(World.Business, _sent));

    private AreaAdminService Operations => ServiceFor(_stored.OperationsUnitUserId);

    [Fact]
    public async Task AddArea_WhenTheOperationsUnitAddsOne_SavesItAppointsTheDirectorAndAudits()
    {
        var outcome = await Operations.AddAreaAsync(new AreaForm { Name = "  Mother Lode ", Kind = AreaKind.LocalArea, DirectorId = _newDirectorId });

        Assert.True(outcome.Succeeded);
        var id = outcome.Value;

        await using var db = _database.CreateDbContext();
        var area = await db.Areas.SingleAsync(a => a.Id == id);
        Assert.Equal("Mother Lode", area.Name);
        Assert.Equal(_newDirectorId, area.DirectorId);
        Assert.Equal("Nia New", area.Director!.FullName);
        var scope = await SignedIn.ScopeFor(_database, _newDirectorId).CurrentAsync();
        Assert.Contains(ConsoleRoles.Director, scope!.Roles);
        Assert.Equal([id], scope.DirectedAreas.Select(a => a.Id));
        var audit = await db.AuditRecords.SingleAsync(r => r.EntityId == id);
        Assert.Equal("area.created", audit.Action);
        Assert.Equal(_stored.OperationsUnitUserId, audit.ActorId);
        Assert.Null(audit.Before);
        Assert.Contains("Mother Lode", audit.After);
    }

    [Fact]
    public async Task EditArea_WhenRenamedWithANewDirector_SavesAuditsBeforeAndAfterAndTakesTheRoleFromTheFormerOne()
    {
        var outcome = await Operations.EditAreaAsync(World.LocalArea.Id, new AreaForm { Name = "Golden Sierra Consortium", DirectorId = _newDirectorId });

        Assert.True(outcome.Succeeded);

        await using var db = _database.CreateDbContext();
        var area = await db.Areas.SingleAsync(a => a.Id == World.LocalArea.Id);
        Assert.Equal("Golden Sierra Consortium", area.Name);
        Assert.Equal(AreaKind.LocalArea, area.Kind);
        Assert.Equal(_newDirectorId, area.DirectorId);
        var audit = await db.AuditRecords.SingleAsync(r => r.Action == "area.changed");
        Assert.Contains("\"Golden Sierra\"", audit.Before);
        Assert.Contains("Golden Sierra Consortium", audit.After);
        var former = await SignedIn.ScopeFor(_database, World.LocalDirectorId).CurrentAsync();
        Assert.DoesNotContain(ConsoleRoles.Director, former!.Roles);
    }

    [Fact]
    public async Task AddArea_WhenTheNameIsTakenInAnotherCase_RefusesNamingNameAndAddsNothing()
    {
        var outcome = await Operations.AddAreaAsync(new AreaForm { Name = "golden sierra", Kind = AreaKind.LocalArea, DirectorId = _newDirectorId });

        Assert.Equal("Name", outcome.ProblemField);
        Assert.Contains("already called 'golden sierra'", outcome.Problem);
        await using var db = _database.CreateDbContext();
        Assert.Equal(3, await db.Areas.CountAsync());
        Assert.Empty(await db.AuditRecords.ToListAsync());
    }

    [Fact]
    public async Task AddArea_WithADirectorNotYetInTheConsole_AddsThemWithTheRoleAndSendsAnInvitationKeptOnlyAsItsHash()
    {
        var outcome = await Operations.AddAreaAsync(new AreaForm
        {
            Name = "Mother Lode", Kind = AreaKind.LocalArea, InviteDirector = true, DirectorName = "Dana Fresh", DirectorEmail = "dana.fresh@motherlode.example.gov",
        });

        Assert.True(outcome.Succeeded, outcome.Problem);
        await using var db = _database.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.NormalizedEmail == "DANA.FRESH@MOTHERLODE.EXAMPLE.GOV");
        Assert.Null(user.PasswordHash);
        Assert.Equal(user.Id, (await db.Areas.SingleAsync(a => a.Id == outcome.Value)).DirectorId);
        Assert.Contains(ConsoleRoles.Director, (await SignedIn.ScopeFor(_database, user.Id).CurrentAsync())!.Roles);
        var sent = Assert.Single(_sent.Sent, n => n.Kind == InvitationSender.NotificationKind);
        Assert.Equal("dana.fresh@motherlode.example.gov", Assert.Single(sent.To).Email);
        var token = sent.Secret!.Split("token=")[1];
        var invitation = await db.Invitations.SingleAsync(i => i.UserId == user.Id);
        Assert.Equal(Invitation.Hash(token), invitation.TokenHash);
        Assert.Equal(TimeSpan.FromHours(72), invitation.ExpiresAt - invitation.IssuedAt);
        Assert.Equal("Local Area Director of Mother Lode", invitation.Purpose);
        Assert.DoesNotContain(token, sent.Body);
        Assert.Contains(await db.AuditRecords.Select(a => a.Action).ToListAsync(), a => a == "invitation.issued");
    }

    [Fact]
    public async Task AddArea_WithAnInvitedDirectorsAddressMalformed_NamesTheFieldAndAddsNothing()
    {
        var outcome = await Operations.AddAreaAsync(new AreaForm
        {
            Name = "Mother Lode", Kind = AreaKind.LocalArea, InviteDirector = true, DirectorName = "Dana Fresh", DirectorEmail = "dana at motherlode",
        });

        Assert.Equal("DirectorEmail", outcome.ProblemField);
        await using var db = _database.CreateDbContext();
        Assert.False(await db.Areas.AnyAsync(a => a.Name == "Mother Lode"));
        Assert.Empty(_sent.Sent);
    }

    [Fact]
    public async Task EditArea_WhenRenamedToAnotherAreasName_RefusesWithAClearMessage()
    {
        var outcome = await Operations.EditAreaAsync(World.LocalArea.Id, new AreaForm { Name = "Sacramento", DirectorId = World.LocalDirectorId });

        Assert.Equal("Name: another area is already called 'Sacramento'; choose a different name.", AreaFieldLabels.Labelled(outcome).Problem);
    }

    [Fact]
    public async Task AddArea_WhenAnAdministratorTries_RefusesWithSco1AndChangesNothing()
    {
        var outcome = await ServiceFor(World.MisAdministrator.PersonId)
            .AddAreaAsync(new AreaForm { Name = "Rogue Area", Kind = AreaKind.LocalArea, DirectorId = _newDirectorId });

        Assert.Equal(["SCO-1"], outcome.Codes);
        await using var db = _database.CreateDbContext();
        Assert.False(await db.Areas.AnyAsync(a => a.Name == "Rogue Area"));
        Assert.Empty(await db.AuditRecords.ToListAsync());
    }

    [Fact]
    public async Task EditOffice_WhenADirectorTries_RefusesWithSco1AndChangesNothing()
    {
        var outcome = await ServiceFor(World.LocalDirectorId)
            .EditOfficeAsync(World.PartnerOffice.Id, new OfficeForm { Name = "Renamed", LocalAreaId = World.LocalArea.Id, ServingDivisionId = World.Division.Id });

        Assert.Equal(["SCO-1"], outcome.Codes);
        await using var db = _database.CreateDbContext();
        Assert.Equal("Auburn AJCC", (await db.Offices.SingleAsync(o => o.Id == World.PartnerOffice.Id)).Name);
    }

    [Fact]
    public async Task AddOffice_WhenTheOperationsUnitOpensOne_SavesAndAudits()
    {
        var outcome = await Operations.AddOfficeAsync(new OfficeForm
            { Name = "Grass Valley AJCC", LocalAreaId = World.LocalArea.Id, ServingDivisionId = World.Division.Id, HasTitleIPartner = true });

        Assert.True(outcome.Succeeded);
        var id = outcome.Value;

        await using var db = _database.CreateDbContext();
        var office = await db.Offices.SingleAsync(o => o.Id == id);
        Assert.True(office.HasTitleIPartner);
        var audit = await db.AuditRecords.SingleAsync(r => r.EntityId == id);
        Assert.Equal("office.opened", audit.Action);
        Assert.Equal(World.LocalArea.Id, audit.AreaId);
    }

    [Fact]
    public async Task AddOffice_WhenTheLocalAreaIsAFieldDivision_RefusesNamingLocalAreaId()
    {
        var outcome = await Operations.AddOfficeAsync(new OfficeForm
            { Name = "Misplaced", LocalAreaId = World.Division.Id, ServingDivisionId = World.Division.Id });

        Assert.Equal("LocalAreaId", outcome.ProblemField);
        Assert.StartsWith("Local Area: ", AreaFieldLabels.Labelled(outcome).Problem);
        await using var db = _database.CreateDbContext();
        Assert.False(await db.Offices.AnyAsync(o => o.Name == "Misplaced"));
    }

    [Fact]
    public async Task EditOffice_WhenRenamedAndPartnerRemoved_SavesAndAuditsBeforeAndAfter()
    {
        var outcome = await Operations.EditOfficeAsync(World.PartnerOffice.Id, new OfficeForm
            { Name = "Auburn Career Center", LocalAreaId = World.LocalArea.Id, ServingDivisionId = World.Division.Id, HasTitleIPartner = false });

        Assert.True(outcome.Succeeded);

        await using var db = _database.CreateDbContext();
        var office = await db.Offices.SingleAsync(o => o.Id == World.PartnerOffice.Id);
        Assert.Equal("Auburn Career Center", office.Name);
        Assert.False(office.HasTitleIPartner);
        var audit = await db.AuditRecords.SingleAsync(r => r.Action == "office.changed");
        Assert.Contains("\"HasTitleIPartner\":true", audit.Before);
        Assert.Contains("\"HasTitleIPartner\":false", audit.After);
    }

    [Fact]
    public async Task SetCoverage_WhenOfficesOfTheDivisionAreChosen_NarrowsTheSpocAndAudits()
    {
        var designationId = World.Division.ActiveDesignations.Single().Id;

        Assert.True((await Operations.SetCoverageAsync(designationId, new CoverageForm { WholeDivision = false, OfficeIds = [World.WsbOnlyOffice.Id] })).Succeeded);

        var coverage = await Operations.GetCoverageAsync(designationId);
        Assert.False(coverage.Current.WholeDivision);
        Assert.Equal([World.WsbOnlyOffice.Id], coverage.Current.OfficeIds);
        await using var db = _database.CreateDbContext();
        Assert.Equal("spoc-coverage.changed", (await db.AuditRecords.SingleAsync()).Action);
    }

    [Fact]
    public async Task SetCoverage_WhenAnOfficeOfAnotherDivisionIsChosen_IsRefusedWithSco1AndKeepsTheDivision()
    {
        var otherDivision = Area.Create("WSB Central Division", AreaKind.FieldDivision);
        var elsewhere = Office.Open("Elk Grove EDD Office", World.OtherLocalArea, otherDivision, hasTitleIPartner: false);
        await using (var setup = _database.CreateDbContext())
        {
            setup.Areas.Add(otherDivision);
            setup.Offices.Add(elsewhere);
            await setup.SaveChangesAsync();
        }
        var designationId = World.Division.ActiveDesignations.Single().Id;

        var outcome = await Operations.SetCoverageAsync(designationId, new CoverageForm { WholeDivision = false, OfficeIds = [elsewhere.Id] });

        Assert.Equal(["SCO-1"], outcome.Codes);
        Assert.Contains("a SPOC covers only offices their division serves", outcome.BrokenRules.Single().Reason);
        Assert.True((await Operations.GetCoverageAsync(designationId)).Current.WholeDivision);
        await using var db = _database.CreateDbContext();
        Assert.Empty(await db.AuditRecords.ToListAsync());
    }

    [Fact]
    public async Task EditOffice_WhenTheOfficeHasStaffAccountsAndMovesToAnotherLocalArea_IsRefusedWithSco1AndStays()
    {
        await StoredAccounts.CreateAsync(_database, World, World.NewAccountForm(), "pat.staff");

        var outcome = await Operations.EditOfficeAsync(World.PartnerOffice.Id, new OfficeForm
            { Name = "Auburn AJCC", LocalAreaId = World.OtherLocalArea.Id, ServingDivisionId = World.Division.Id, HasTitleIPartner = true });

        Assert.Equal(["SCO-1"], outcome.Codes);
        Assert.Contains("has 1 staff account managed by its Local Area's administrators", outcome.BrokenRules.Single().Reason);
        await using var db = _database.CreateDbContext();
        Assert.Equal(World.LocalArea.Id, (await db.Offices.SingleAsync(o => o.Id == World.PartnerOffice.Id)).LocalAreaId);
        Assert.False(await db.AuditRecords.AnyAsync(r => r.Action == "office.changed"));
    }

    [Fact]
    public async Task EditOffice_WhenASpocCoversTheOfficeByNameAndItMovesToAnotherDivision_IsRefusedWithSco1AndStays()
    {
        var otherDivision = Area.Create("WSB Central Division", AreaKind.FieldDivision);
        await using (var setup = _database.CreateDbContext())
        {
            setup.Areas.Add(otherDivision);
            await setup.SaveChangesAsync();
        }
        var designationId = World.Division.ActiveDesignations.Single().Id;
        Assert.True((await Operations.SetCoverageAsync(designationId, new CoverageForm { WholeDivision = false, OfficeIds = [World.WsbOnlyOffice.Id] })).Succeeded);

        var outcome = await Operations.EditOfficeAsync(World.WsbOnlyOffice.Id, new OfficeForm
            { Name = "Roseville EDD Office", LocalAreaId = World.LocalArea.Id, ServingDivisionId = otherDivision.Id });

        Assert.Equal(["SCO-1"], outcome.Codes);
        Assert.Contains("covers Roseville EDD Office by name", outcome.BrokenRules.Single().Reason);
        await using var db = _database.CreateDbContext();
        Assert.Equal(World.Division.Id, (await db.Offices.SingleAsync(o => o.Id == World.WsbOnlyOffice.Id)).ServingDivisionId);
    }

    [Fact]
    public async Task EditOffice_WhenNoSpocCoversItByNameAndNoAccountIsThere_MovesItAndAudits()
    {
        var outcome = await Operations.EditOfficeAsync(World.WsbOnlyOffice.Id, new OfficeForm
            { Name = "Roseville EDD Office", LocalAreaId = World.OtherLocalArea.Id, ServingDivisionId = World.Division.Id });

        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateDbContext();
        Assert.Equal(World.OtherLocalArea.Id, (await db.Offices.SingleAsync(o => o.Id == World.WsbOnlyOffice.Id)).LocalAreaId);
        Assert.Equal("office.changed", (await db.AuditRecords.SingleAsync()).Action);
    }
}
