using CalJobsConsole.App.Data;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Data;

/// <summary>
/// Issue 18: started in Production on an empty database, the console seeds nothing — no person, area, office, account, request
/// or message — but the directive's 14 privilege groups (its reference data, which GRP-1 and GRP-2 need before anyone can grant
/// anything). Everything else comes in through screens: the first Operations Unit member from create-operations-user.
/// </summary>
public class ProductionStartTests
{
    [Fact]
    public async Task Start_InProductionOnAnEmptyDatabase_SeedsNothingButTheDirectivesPrivilegeGroups()
    {
        await using var app = new TestAppFactory("Production");
        _ = app.Services; // starts the host: migrations and the start-up work run
        var token = TestContext.Current.CancellationToken;

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync(token);

        Assert.Equal(0, await db.Users.CountAsync(token));
        Assert.Equal(0, await db.Areas.CountAsync(token));
        Assert.Equal(0, await db.Offices.CountAsync(token));
        Assert.Equal(0, await db.Designations.CountAsync(token));
        Assert.Equal(0, await db.StaffAccounts.CountAsync(token));
        Assert.Equal(0, await db.AccessRequests.CountAsync(token));
        Assert.Equal(0, await db.RequestorRegistrations.CountAsync(token));
        Assert.Equal(0, await db.Invitations.CountAsync(token));
        Assert.Equal(0, await db.Notifications.CountAsync(token));
        Assert.Equal(0, await db.Privileges.CountAsync(token));
        Assert.Equal(0, await db.AuditRecords.CountAsync(token));
        Assert.Equal(DirectivePrivilegeGroups.LwiaGroups.Concat(DirectivePrivilegeGroups.WsbGroups).Order(),
            (await db.PrivilegeGroups.Select(g => g.Name).ToListAsync(token)).Order());
    }

    [Fact]
    public async Task Start_InProductionASecondTime_AddsNoDirectiveGroupTwice()
    {
        await using var app = new TestAppFactory("Production");
        _ = app.Services;
        var token = TestContext.Current.CancellationToken;
        await app.Services.GetRequiredService<DatabaseInitializer>().StartAsync(token);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync(token);
        Assert.Equal(14, await db.PrivilegeGroups.CountAsync(token));
    }
}
