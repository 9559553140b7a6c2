using CalJobsConsole.Tests.Support;
using CalJobsConsole.App.Data.Audit;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.Accounts;

/// <summary>The account's timeline: its requests merged with the audit trail of the account and of those requests, newest first, each moment once.</summary>
public class AccountTimelineTests : AccountDetailTestBase
{
    [Fact]
    public async Task Timeline_WhenRequestsAndAuditedChangesFollowEachOther_ListsThemNewestFirstEachOnce()
    {
        await StoreAsync();
        World.Clock.AdvanceDays(1);
        await ChangeAccountAsync(a => a.SuspendByOperationsUnit("Ran a script against CalJOBS."), "StaffAccountSuspended");
        World.Clock.AdvanceDays(1);
        await ChangeAccountAsync(a => a.LiftOperationsUnitSuspension(), "StaffAccountSuspensionLifted");
        World.Clock.AdvanceDays(1);
        await SubmitAndRejectResetThroughTheConsoleAsync("Duplicate of another request.");
        World.Clock.Advance(TimeSpan.FromHours(1));
        await AuditAsync(null, "StaffAccount.TemporaryPasswordExpired", nameof(StaffAccount), Account.Id, null, null);

        var timeline = (await ServiceFor(World.MisAdministrator.PersonId).AccountAsync(Account.Id, Token)).Timeline;

        Assert.Equal(
        [
            ("Staff account temporary password expired", "System", null, null),
            ("Request rejected", "Morgan MIS", AccessRequestKind.PasswordReset, "Duplicate of another request."),
            ("Request submitted", "Riley Requestor", AccessRequestKind.PasswordReset, null),
            ("Operations Unit suspension lifted", "Olivia Operations", null, null),
            ("Account suspended by the Operations Unit (REV-1)", "Olivia Operations", null, "Ran a script against CalJOBS."),
            ("Account created; temporary password issued", "Not recorded", AccessRequestKind.NewAccount, null),
            ("Request approved", "Morgan MIS", AccessRequestKind.NewAccount, null),
            ("Request submitted", "Riley Requestor", AccessRequestKind.NewAccount, (string?)null),
        ], timeline.Select(e => (e.What, e.Who, e.RequestKind, e.Note)));
        Assert.Equal(timeline.OrderByDescending(e => e.At).Select(e => e.At), timeline.Select(e => e.At));
        Assert.All(timeline, e => Assert.Equal(TestClockOffset(e.At), e.At.Offset));
    }

    [Fact]
    public async Task Timeline_WhenARequestWasReturnedAndCorrectedBeforeTheAuditTrail_ReadsBothFromTheRequest()
    {
        await StoreAsync();
        var reset = World.Submit(World.FormFor(Account, AccessRequestKind.PasswordReset));
        World.Clock.Advance(TimeSpan.FromHours(1));
        reset.ReturnForCorrection(World.MisAdministrator, "Name the reason for the reset.", World.Business);
        World.Clock.Advance(TimeSpan.FromHours(1));
        reset.Correct(World.RequestorId, World.FormFor(Account, AccessRequestKind.PasswordReset) with { BusinessNeed = "Forgot the password." }, TestSignatures.Requestor(World.RequestorId, World.Business), World.Business);
        await using (var db = Database.CreateDbContext())
        {
            db.AccessRequests.Add(reset);
            await db.SaveChangesAsync(Token);
        }

        var timeline = (await ServiceFor(World.RequestorId).AccountAsync(Account.Id, Token)).Timeline;

        Assert.Equal(
        [
            ("Request corrected and resubmitted", "Riley Requestor", (string?)null),
            ("Request returned for correction", "Morgan MIS", "Name the reason for the reset."),
        ], timeline.Where(e => e.RequestKind == AccessRequestKind.PasswordReset).Select(e => (e.What, e.Who, e.Note)));
    }

    [Fact]
    public async Task Timeline_WhenAnotherAccountHasHistory_ShowsNoneOfIt()
    {
        await StoreAsync();
        await AuditAsync(Stored.OperationsUnitUserId, "StaffAccountSuspended", nameof(StaffAccount), WsbAccount.Id, null, new { SuspensionNote = "Not Pat's." });

        var timeline = (await ServiceFor(Stored.OperationsUnitUserId).AccountAsync(Account.Id, Token)).Timeline;

        Assert.Equal(3, timeline.Count);
        Assert.All(timeline, e => Assert.Equal(AccessRequestKind.NewAccount, e.RequestKind));
    }

    private static TimeSpan TestClockOffset(DateTimeOffset at) => Support.TestClock.Pacific.GetUtcOffset(at);

    /// <summary>As the Operations Unit's suspension desk does it: change the account and audit it in one save.</summary>
    private async Task ChangeAccountAsync(Action<StaffAccount> change, string action)
    {
        await using var db = Database.CreateDbContext();
        var account = await db.StaffAccounts.SingleAsync(a => a.Id == Account.Id, Token);
        change(account);
        db.Audit(World.Business, Stored.OperationsUnitUserId, action, nameof(StaffAccount), account.Id, account.AreaId, null,
            new { Status = account.Status.ToString(), account.SuspensionNote });
        await db.SaveChangesAsync(Token);
    }

    /// <summary>As the request form and the inbox do it: each step saved with its audit record, which names the request.</summary>
    private async Task SubmitAndRejectResetThroughTheConsoleAsync(string note)
    {
        var reset = World.Submit(World.FormFor(Account, AccessRequestKind.PasswordReset));
        await using (var db = Database.CreateDbContext())
        {
            db.AccessRequests.Add(reset);
            db.Audit(World.Business, World.RequestorId, "AccessRequest.Submitted", nameof(AccessRequest), reset.Id, reset.AreaId, null, new { reset.Status }, reset.Id);
            await db.SaveChangesAsync(Token);
        }
        World.Clock.Advance(TimeSpan.FromHours(1));
        await using (var db = Database.CreateDbContext())
        {
            var stored = await db.AccessRequests.SingleAsync(r => r.Id == reset.Id, Token);
            stored.Reject(World.MisAdministrator, note, World.Business);
            db.Audit(World.Business, World.MisAdministrator.PersonId, "AccessRequest.Rejected", nameof(AccessRequest), stored.Id, stored.AreaId,
                null, new { stored.Status, stored.DecisionNote }, stored.Id);
            await db.SaveChangesAsync(Token);
        }
    }

    private async Task AuditAsync(Guid? actorId, string action, string entityType, Guid entityId, Guid? requestId, object? after)
    {
        await using var db = Database.CreateDbContext();
        db.Audit(World.Business, actorId, action, entityType, entityId, null, null, after, requestId);
        await db.SaveChangesAsync(Token);
    }
}
