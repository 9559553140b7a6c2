using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Tests.Features.Lists;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Features.NewAccounts;

/// <summary>The escalation queue is ordered, counted and paged in the database: open ones oldest first, then decided ones newest first (issue 17).</summary>
public class EscalationQueuePagingTests : NewAccountTestBase
{
    [Fact]
    public async Task Queue_WhenSixtyEscalationsOf25OpenAnd35Decided_PageOneIsTheOpenOldestFirstAndPageTwoTheDecidedNewestFirst()
    {
        await StoreAsync();
        var escalations = new List<Escalation>();
        await using (var db = Database.CreateDbContext())
        {
            for (var i = 0; i < 60; i++)
            {
                var request = World.Approved(World.NewAccountForm(group: DirectivePrivilegeGroups.EddWsbStaff));
                escalations.Add(Escalation.Raise(request, World.MisAdministrator, World.Group(DirectivePrivilegeGroups.EddWsbStaff),
                    [World.Privilege("SSN_UNMASK")], $"Escalation {i}", World.Business));
                db.AccessRequests.Add(request);
                World.Clock.Advance(TimeSpan.FromMinutes(1));
            }
            foreach (var escalation in escalations.Take(35))
            {
                escalation.Decline(Stored.OperationsUnitUserId, "Not needed.", World.Business);
                World.Clock.Advance(TimeSpan.FromMinutes(1));
            }
            db.Escalations.AddRange(escalations);
            await db.SaveChangesAsync(Token);
        }
        var contexts = new CapturingContextFactory(Database);
        var queue = new CalJobsConsole.App.Features.Escalations.EscalationQueueService(contexts, SignedIn.ScopeFor(Database, Stored.OperationsUnitUserId),
            World.Business, World.Policy, Issuer(), new CalJobsConsole.App.Features.NewAccounts.NewAccountRecorder(Issuer(), World.Business), Notifications,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<CalJobsConsole.App.Features.Escalations.EscalationQueueService>.Instance);

        var first = await queue.QueueAsync(1, Token);
        var second = await queue.QueueAsync(2, Token);
        var third = await queue.QueueAsync(3, Token);

        Assert.Equal((60, 3), (first.Total, first.PageCount));
        Assert.Equal(escalations.Skip(35).Select(e => e.Id), first.Lines.Select(l => l.Id));
        Assert.Equal(escalations.Take(35).Reverse().Take(25).Select(e => e.Id), second.Lines.Select(l => l.Id));
        Assert.Equal(escalations.Take(10).Reverse().Select(e => e.Id), third.Lines.Select(l => l.Id));
        Assert.All(second.Lines, l => Assert.Equal(EscalationStatus.Declined, l.Status));
        Assert.Contains(contexts.Commands, c => c.Contains("FROM \"Escalations\"") && c.Contains("LIMIT @") && c.Contains("OFFSET @"));
    }
}
