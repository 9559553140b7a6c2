using Bunit;
using CalJobsConsole.App.Data;
using CalJobsConsole.App.Features.Compliance;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Tests.Support;
using Microsoft.Data.Sqlite;

namespace CalJobsConsole.Tests.Components.Compliance;

/// <summary>
/// The Operations Unit's home page at 40,000 accounts, above the 32,766 SQL variables the figures once sent back as one
/// parameter per act (issue 17). On top of <see cref="ComplianceTestContext"/>'s five accounts, raw SQL clones in one
/// transaction: <see cref="Created"/> copies of new.active in Golden Sierra, each with its own fulfilled new-account
/// request and its three documents (DOC-1 complete), and <see cref="Imported"/> copies of wsb.edd in the WSB Northern
/// Division with no request on record (as an import leaves them: missing evidence) and a renewal due date long past.
/// </summary>
public class CompliancePanelsAtScaleTests : ComplianceTestContext
{
    private const int Created = 36_000;
    private const int Imported = 4_000;

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    /// <summary>The 40,000 rows are cloned with SQLite's SQL (<see cref="RowClones"/>); what is judged is the panels' figures.</summary>
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var connection = new SqliteConnection(DatabaseServices.ConnectionString(Database.Path));
        await connection.OpenAsync(Token);
        await using var transaction = connection.BeginTransaction();
        var scale = new RowClones(connection, transaction);
        var active = await scale.IdOfAsync("SELECT Id FROM StaffAccounts WHERE Username = 'new.active'");
        var activeRequest = await scale.IdOfAsync($"SELECT Id FROM AccessRequests WHERE CreatedAccountId = '{active}'");
        var edd = await scale.IdOfAsync("SELECT Id FROM StaffAccounts WHERE Username = 'wsb.edd'");

        await scale.CloneAsync("StaffAccounts", active, Created, new()
        {
            ["Id"] = RowClones.Id('A'), ["Username"] = "printf('created%06d', n)",
            ["EvidencedActRequestId"] = RowClones.Id('B'),
        });
        await scale.CloneAsync("AccessRequests", activeRequest, Created, new()
        {
            ["Id"] = RowClones.Id('B'), ["CreatedAccountId"] = RowClones.Id('A'),
        });
        await scale.CloneAsync("EvidenceDocuments", null, Created, new()
        {
            ["Id"] = "printf('C%07X-0000-4000-8000-%012X', t.rowid, n)", ["RequestId"] = RowClones.Id('B'), ["AccountId"] = RowClones.Id('A'),
        }, $"RequestId = '{activeRequest}'");
        await scale.CloneAsync("StaffAccounts", edd, Imported, new()
        {
            ["Id"] = RowClones.Id('D'), ["Username"] = "printf('imported%06d', n)", ["RenewalDueOn"] = "'2025-06-30'",
            ["EvidencedActRequestId"] = "NULL", ["ActEvidenceComplete"] = "0",
        });
        await transaction.CommitAsync(Token);
    }

    [Fact]
    public async Task LoadAsync_WhenFortyThousandAccountsAreOpen_CountsEveryFigureInTheDatabase()
    {
        SignInWithPanels(Stored.OperationsUnitUserId);
        var service = Services.GetService(typeof(CompliancePanelService)) as CompliancePanelService;

        var panels = await service!.LoadAsync(cancellationToken: Token);

        var state = panels.Statewide;
        Assert.Equal(3 + Imported, state.AccountsByStatus[AccountStatus.PendingFirstSignIn]);
        Assert.Equal(1 + Created, state.AccountsByStatus[AccountStatus.Active]);
        Assert.Equal(1, state.AccountsByStatus[AccountStatus.Deactivated]);
        Assert.Equal(4 + Created + Imported, state.OpenAccounts);
        Assert.Equal(1 + Imported, state.OverdueRenewals);
        Assert.Equal(1 + Imported, state.MissingEvidence);
        Assert.Equal(1, state.LateDeactivations);
        var sierra = panels.Areas.Single(a => a.Name == "Golden Sierra");
        Assert.Equal((4 + Created, 1 + Created, 3 + Created, 1, 1, 1),
            (sierra.Accounts, sierra.Active, sierra.OpenAccounts, sierra.OverdueRenewals, sierra.MissingEvidence, sierra.LateDeactivations));
        var division = panels.Areas.Single(a => a.Name == "WSB Northern Division");
        Assert.Equal((1 + Imported, 0, 1 + Imported, Imported, Imported, 0),
            (division.Accounts, division.Active, division.OpenAccounts, division.OverdueRenewals, division.MissingEvidence, division.LateDeactivations));
    }

    [Fact]
    public void Render_WhenFortyThousandAccountsAreOpen_ShowsTheStatewideFigures()
    {
        SignInWithPanels(Stored.OperationsUnitUserId);

        var panels = Render<CompliancePanelsView>();

        panels.WaitForAssertion(() => panels.Find("[data-testid=statewide-figures]"), TimeSpan.FromSeconds(30));
        Assert.Equal($"Pending first sign-in: {3 + Imported}; Active: {1 + Created}; Suspended: 0; Deactivated: 1",
            Text(panels, "accounts-by-status"));
        Assert.StartsWith($"{1 + Imported} open accounts missing", Text(panels, "missing-evidence"));
        Assert.Equal($"{1 + Imported}", panels.Find("tr[data-area='WSB Northern Division'] td").TextContent.Trim());
    }

    private static string Text(IRenderedComponent<CompliancePanelsView> panels, string figure) =>
        string.Join(" ", panels.Find($"[data-figure={figure}] td").TextContent.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
