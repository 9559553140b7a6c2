using CalJobsConsole.App.Features.NewAccounts;

namespace CalJobsConsole.Tests.Features.NewAccounts;

public class TemporaryPasswordGeneratorTests
{
    [Fact]
    public void Next_MeetsTheConsolePasswordOptions_AndAvoidsLookAlikes()
    {
        var generator = new TemporaryPasswordGenerator();

        var passwords = Enumerable.Range(0, 200).Select(_ => generator.Next()).ToList();

        Assert.All(passwords, p =>
        {
            Assert.Equal(16, p.Length);
            Assert.Contains(p, char.IsUpper);
            Assert.Contains(p, char.IsLower);
            Assert.Contains(p, char.IsDigit);
            Assert.Contains(p, c => !char.IsLetterOrDigit(c));
            Assert.DoesNotContain(p, c => "0O1lI".Contains(c));
        });
        Assert.Equal(passwords.Count, passwords.Distinct().Count());
    }
}
