namespace CalJobsConsole.Tests.Security.AdministrativeActs;

/// <summary>
/// Proof by table that every administrative act passes the one gate (<c>AdministrativeGate</c>): attempted by an untrained
/// administrator of the area, a suspended one and another area's administrator, each is refused naming DES-2, REV-1 or SCO-1
/// (SCO-1 for all three when the act is the Operations Unit's alone), and nothing is saved — no row, no file.
/// </summary>
public class AdministrativeActTableTests
{
    public static TheoryData<string, ActingAs> Attempts()
    {
        var data = new TheoryData<string, ActingAs>();
        foreach (var act in AdministrativeActs.All)
            foreach (var actingAs in Enum.GetValues<ActingAs>())
                data.Add(act.Name, actingAs);
        return data;
    }

    [Theory]
    [MemberData(nameof(Attempts))]
    public async Task Act_WhenAttemptedByAnAdministratorWhoMayNotTakeIt_IsRefusedNamingTheRuleAndSavesNothing(string actName, ActingAs actingAs)
    {
        var act = AdministrativeActs.Named(actName);
        await using var world = await ActWorld.CreateAsync();
        var target = await act.Arrange(world);
        var before = await world.FingerprintAsync();

        var codes = await act.Attempt(world, world.UserFor(actingAs), target);

        Assert.Contains(ExpectedCode(act, actingAs), codes);
        Assert.Equal(before, await world.FingerprintAsync());
    }

    [Fact]
    public void Table_WhenRead_NamesEachActOnce()
    {
        Assert.NotEmpty(AdministrativeActs.All);
        Assert.Equal(AdministrativeActs.All.Count, AdministrativeActs.All.Select(a => a.Name).Distinct().Count());
    }

    private static string ExpectedCode(AdministrativeAct act, ActingAs actingAs) =>
        act.OperationsUnitOnly ? "SCO-1" : actingAs switch
        {
            ActingAs.UntrainedAdministrator => "DES-2",
            ActingAs.SuspendedAdministrator => "REV-1",
            _ => "SCO-1",
        };
}
