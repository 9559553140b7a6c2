using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Privileges;

namespace CalJobsConsole.Tests.Benchmarks;

/// <summary>The generated accounts follow the directive: groups the area may grant (GRP-1/2), the statement for the staff
/// kind (PRE-1), attestations current at the last act (PRE-2), due dates a year after it (REN-1), every lifecycle state.</summary>
public class StatewideAccountsTests(TenThousandAccounts tenThousand) : IClassFixture<TenThousandAccounts>
{
    private GeneratedFile File => tenThousand.File;

    private static DateOnly Today => GeneratedFile.Today;

    private List<IReadOnlyDictionary<string, string>> Accounts => [.. File.Of("StaffAccount")];

    private Dictionary<string, string> AreaKinds => File.Of("Area").ToDictionary(a => a["Area"], a => a["AreaKind"]);

    [Fact]
    public void Write_At10k_HasEveryLifecycleStateWithItsCells()
    {
        var states = Accounts.GroupBy(a => (a["Status"], a["SuspensionCause"], Late: Late(a))).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(states.GetValueOrDefault(("Pending first sign-in", "", null)) > 0);
        Assert.True(states.GetValueOrDefault(("Active", "", null)) > 0);
        Assert.True(states.GetValueOrDefault(("Suspended", "Overdue renewal", null)) > 0);
        Assert.True(states.GetValueOrDefault(("Suspended", "Operations Unit", null)) > 0);
        Assert.True(states.GetValueOrDefault(("Deactivated", "", false)) > 0);
        Assert.True(states.GetValueOrDefault(("Deactivated", "", true)) > 0);
        Assert.Equal(6, states.Count);
    }

    [Fact]
    public void Write_WhenCalled_SetsSeparationAndDeactivationOnlyOnDeactivatedAccounts()
    {
        Assert.All(Accounts, a =>
        {
            var deactivated = a["Status"] == "Deactivated";
            Assert.Equal(deactivated, a["SeparationDate"].Length > 0);
            Assert.Equal(deactivated, a["DeactivatedOn"].Length > 0);
            Assert.Equal(a["Status"] == "Suspended", a["SuspensionCause"].Length > 0);
        });
    }

    [Fact]
    public void Write_WhenCalled_DatesEachAccountConsistently()
    {
        Assert.All(Accounts, a =>
        {
            var created = GeneratedFile.Date(a["CreatedOn"]);
            var renewed = GeneratedFile.OptionalDate(a["LastRenewedOn"]);
            var last = renewed ?? created;
            var due = GeneratedFile.Date(a["RenewalDueOn"]);
            Assert.True(renewed is null || renewed > created, "renewed after creation");
            Assert.Equal(last.AddYears(1), due);
            // PRE-2: both attestations current (within 12 months) at the last act, and not after it.
            foreach (var attested in new[] { GeneratedFile.Date(a["IspaCompletedOn"]), GeneratedFile.Date(a["StatementSignedOn"]) })
                Assert.InRange(attested, last.AddMonths(-12), last);
            switch (a["Status"], a["SuspensionCause"])
            {
                case ("Active", _) or ("Pending first sign-in", _) or ("Suspended", "Operations Unit"):
                    Assert.True(due > Today, $"{a["Username"]} is {a["Status"]} but due {due}");
                    break;
                case ("Suspended", "Overdue renewal"):
                    Assert.True(due <= Today, $"{a["Username"]} is suspended for an overdue renewal due {due}");
                    break;
                case ("Deactivated", _):
                    Assert.True(GeneratedFile.Date(a["DeactivatedOn"]) > last);
                    break;
            }
            if (a["Status"] == "Pending first sign-in")
                Assert.Null(renewed);
        });
    }

    [Fact]
    public void Write_WhenCalled_SpreadsRenewalDueDatesOverThePastAndTheComingYear()
    {
        var due = Accounts.Select(a => GeneratedFile.Date(a["RenewalDueOn"])).ToList();

        Assert.Contains(due, d => d < Today.AddMonths(-6));
        Assert.Contains(due, d => d > Today && d <= Today.AddMonths(1));
        Assert.Contains(due, d => d > Today.AddMonths(11));
        Assert.All(due, d => Assert.True(d <= Today.AddYears(1)));
    }

    [Fact]
    public void Write_WhenCalled_GivesEdd7410ToFieldDivisionsAndE1ToLocalAreas()
    {
        var kinds = AreaKinds;

        Assert.All(Accounts, a =>
        {
            var division = kinds[a["Area"]] == "Field Division";
            Assert.Equal(division ? "EDD" : "Non-EDD", a["StaffKind"]);
            Assert.Equal(division ? "DE 7410" : "Attachment E-1", a["StatementKind"]);
        });
    }

    [Fact]
    public void Write_WhenCalled_GivesEveryAccountAGroupItsAreasAdministratorsMayGrant()
    {
        var catalogue = new PrivilegeCatalog(DirectivePrivilegeGroups.Create(), []);
        var kinds = AreaKinds;

        Assert.All(Accounts, a =>
        {
            var role = kinds[a["Area"]] == "Local Area" ? AdministratorRole.MisAdministrator : AdministratorRole.CalJobsSpoc;
            Assert.Empty(GrantEligibility.Evaluate(role, catalogue.Group(a["PrivilegeGroup"])));
        });
        Assert.Equal(14, Accounts.Select(a => a["PrivilegeGroup"]).Distinct().Count());
    }

    [Fact]
    public void Write_WhenCalled_PutsEveryAccountInAnOfficeOfItsArea()
    {
        var offices = File.Of("Office").ToDictionary(o => o["Office"], o => (LocalArea: o["Area"], Division: o["ServingDivision"]));
        var kinds = AreaKinds;

        Assert.All(offices.Values, o =>
        {
            Assert.Equal("Local Area", kinds[o.LocalArea]);
            Assert.Equal("Field Division", kinds[o.Division]);
        });
        Assert.Equal(20, offices.Values.Select(o => o.Division).Distinct().Count());
        Assert.Equal(45, offices.Values.Select(o => o.LocalArea).Distinct().Count());
        Assert.All(Accounts, a => Assert.Contains(a["Area"], new[] { offices[a["Office"]].LocalArea, offices[a["Office"]].Division }));
    }

    [Fact]
    public void Write_WhenCalled_KeepsAdministratorsWithinTheirCapsWithSomeUntrainedAndSomeCoveringOffices()
    {
        var kinds = AreaKinds;
        var administrators = File.Of("Administrator").ToList();
        var served = File.Of("Office").ToLookup(o => o["ServingDivision"], o => o["Office"]);

        Assert.All(administrators.GroupBy(a => a["Area"]), seats => Assert.InRange(seats.Count(), 1, kinds[seats.Key] == "Local Area" ? 3 : 5));
        Assert.Equal(65, administrators.Select(a => a["Area"]).Distinct().Count());
        Assert.Contains(administrators, a => a["TrainingCompletedOn"].Length == 0);
        Assert.Contains(administrators.GroupBy(a => a["Area"]), seats => kinds[seats.Key] == "Local Area" && seats.Count() == 3);
        var covering = administrators.Where(a => a["CoveredOffices"].Length > 0).ToList();
        Assert.NotEmpty(covering);
        Assert.All(covering, a =>
        {
            Assert.Equal("Field Division", kinds[a["Area"]]);
            Assert.All(a["CoveredOffices"].Split(';'), office => Assert.Contains(office, served[a["Area"]]));
            Assert.True(a["CoveredOffices"].Split(';').Length < served[a["Area"]].Count(), "a subset, not the whole division");
        });
        Assert.Equal(administrators.Count, administrators.Select(a => a["Email"]).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Write_WhenCalled_GivesSupervisorsTwelveToTwentyStaffEachUnderOneStableName()
    {
        var bySupervisor = Accounts.GroupBy(a => a["SupervisorEmail"], StringComparer.OrdinalIgnoreCase).ToList();
        var staffPerSupervisor = (double)Accounts.Count / bySupervisor.Count;

        Assert.InRange(staffPerSupervisor, 12, 20);
        Assert.All(bySupervisor, s => Assert.Single(s.Select(a => a["SupervisorName"]).Distinct()));
        Assert.All(bySupervisor, s => Assert.Single(s.Select(a => (a["Area"], a["Office"])).Distinct()));
    }

    [Fact]
    public void Write_WhenCalled_GivesALosAngelesSizedAreaSeveralPercentOfTheState()
    {
        var largest = Accounts.GroupBy(a => a["Area"]).Select(g => (Area: g.Key, Share: g.Count() / (double)Accounts.Count)).MaxBy(g => g.Share);

        Assert.Equal("Los Angeles County", largest.Area);
        Assert.InRange(largest.Share, 0.03, 0.12);
        Assert.InRange(Accounts.Count(a => a["StaffKind"] == "EDD") / (double)Accounts.Count, 0.3, 0.4);
    }

    /// <summary>Deactivated on or before the separation date (false), after it (true); null for accounts not deactivated.</summary>
    private static bool? Late(IReadOnlyDictionary<string, string> account) =>
        account["Status"] == "Deactivated"
            ? GeneratedFile.Date(account["DeactivatedOn"]) > GeneratedFile.Date(account["SeparationDate"])
            : null;
}
