using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Data.Seed;

/// <summary>
/// Fills an empty Development database with the demo state of <see cref="DemoData"/> and its sign-ins
/// (<see cref="DemoSignIns"/>): the console's roles, one console user per person, the areas, catalogue, accounts and
/// requests. Runs only when the database has no areas, so a second start changes nothing; all or nothing, in one
/// transaction. <see cref="DatabaseInitializer"/> calls it in Development only.
/// </summary>
public sealed class DemoDataSeeder(ConsoleDbContext db, UserManager<ConsoleUser> users, RoleManager<IdentityRole<Guid>> roles,
    BusinessClock clock, AttestationPolicy policy, ILogger<DemoDataSeeder> logger)
{
    /// <summary>Seeds the demo data; false when the database already holds areas and nothing was changed.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Areas.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Demo data: the database already holds areas; nothing seeded.");
            return false;
        }
        var demo = DemoData.Build(clock, policy);
        // Identity's stores save through this same context, so users, roles and the domain commit together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await roles.EnsureConsoleRolesAsync();
        await CreateUsersAsync(demo.People);
        db.Privileges.AddRange(demo.Privileges);
        db.PrivilegeGroups.AddRange(demo.PrivilegeGroups);
        db.Areas.AddRange(demo.Areas);
        db.Offices.AddRange(demo.Offices);
        db.AccessRequests.AddRange(demo.Requests);
        db.EvidenceDocuments.AddRange(demo.Evidence);
        db.StaffAccounts.AddRange(demo.Accounts);
        db.Escalations.AddRange(demo.Escalations);
        db.RequestorRegistrations.AddRange(demo.RequestorRegistrations);
        db.CheckInSetups.AddRange(demo.CheckInSetups);
        db.Notices.AddRange(demo.Notices);
        db.IssueReports.AddRange(demo.IssueReports);
        db.DataChangeRequests.AddRange(demo.DataChangeRequests);
        db.ParticipantAssistanceContacts.AddRange(demo.AssistanceContacts);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation(
            "Demo data seeded (Development only): {Areas} areas, {Offices} offices, {Accounts} staff accounts, {Requests} access requests, {Users} users. " +
            "Sign in as {SignIns} with the demo password from the README (\"Demo sign-ins\").",
            demo.Areas.Count, demo.Offices.Count, demo.Accounts.Count, demo.Requests.Count, demo.People.Count,
            string.Join(", ", DemoSignIns.All));
        return true;
    }

    private async Task CreateUsersAsync(IEnumerable<DemoPerson> people)
    {
        string? passwordHash = null;
        foreach (var person in people)
        {
            var user = new ConsoleUser { Id = person.Id, UserName = person.UserName, Email = person.Email, EmailConfirmed = true, FullName = person.FullName };
            // Every demo user shares one password: validate and hash it once instead of once per user (hashing is slow by design).
            passwordHash ??= await DemoPasswordHashAsync(user);
            user.PasswordHash = passwordHash;
            (await users.CreateAsync(user)).ThrowIfFailed($"Creating the demo user '{person.UserName}'");
            if (person.Role is { } role)
                (await users.AddToRoleAsync(user, role)).ThrowIfFailed($"Giving '{person.UserName}' the role '{role}'");
        }
    }

    private async Task<string> DemoPasswordHashAsync(ConsoleUser user)
    {
        foreach (var validator in users.PasswordValidators)
            (await validator.ValidateAsync(users, user, DemoSignIns.Password)).ThrowIfFailed("Checking the demo password");
        return users.PasswordHasher.HashPassword(user, DemoSignIns.Password);
    }
}
