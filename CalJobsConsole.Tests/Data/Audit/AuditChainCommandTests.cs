using CalJobsConsole.App.Data.Audit;

namespace CalJobsConsole.Tests.Data.Audit;

/// <summary>verify-audit prints the verification and exits 0 when the chain is intact, 2 when it is broken.</summary>
public class AuditChainCommandTests
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    private Task<int> RunAsync(AuditChainFixture fixture, params string[] arguments) =>
        new VerifyAuditCommand(fixture.Database, _ => Task.CompletedTask, _output, _errors).RunAsync(arguments, TestContext.Current.CancellationToken);

    [Fact]
    public void IsRequested_WhenTheFirstArgumentIsVerifyAudit_IsTrue()
    {
        Assert.True(VerifyAuditCommand.IsRequested(["verify-audit"]));
        Assert.False(VerifyAuditCommand.IsRequested(["import", "verify-audit"]));
    }

    [Fact]
    public async Task Run_WhenTheChainIsIntact_PrintsItAndExits0()
    {
        await using var fixture = await AuditChainFixture.CreateAsync(3);

        var exitCode = await RunAsync(fixture);

        Assert.Equal(0, exitCode);
        Assert.Contains("intact: 3 record(s)", _output.ToString());
    }

    [Fact]
    public async Task Run_WhenARecordWasChanged_PrintsTheRecordAndExits2()
    {
        await using var fixture = await AuditChainFixture.CreateAsync(3);
        await fixture.ExecuteRawAsync("UPDATE \"AuditRecords\" SET \"Action\" = 'role.removed' WHERE \"Id\" = 2");

        var exitCode = await RunAsync(fixture);

        Assert.Equal(VerifyAuditCommand.Broken, exitCode);
        Assert.Contains("BROKEN at record No. 2 (changed)", _errors.ToString());
    }

    [Fact]
    public async Task Run_WithAnArgument_PrintsTheUsageAndExits1()
    {
        await using var fixture = await AuditChainFixture.CreateAsync(0);

        Assert.Equal(VerifyAuditCommand.Failed, await RunAsync(fixture, "--fast"));
        Assert.Contains("Usage: verify-audit", _errors.ToString());
    }
}
