using CalJobsConsole.App.Security;

namespace CalJobsConsole.Tests.Security;

/// <summary>Issue 21: password rules after NIST SP 800-63B — length over composition, and the shipped blocklist.</summary>
public class PasswordPolicyTests
{
    private static readonly PasswordPolicy Policy = new(new PasswordBlocklist());

    [Theory]
    [InlineData("password", "PasswordTooCommon")]
    [InlineData("Password2026!", "PasswordTooCommon")]
    [InlineData("P@ssw0rd2026", "PasswordTooCommon")]
    [InlineData("Summer2026!!!", "PasswordTooCommon")]
    [InlineData("qwertyuiop123", "PasswordTooCommon")]
    [InlineData("123456789012", "PasswordTooCommon")]
    [InlineData("Welcome12345!", "PasswordTooCommon")]
    [InlineData("ILoveCalJOBS-2026", "PasswordHasContextWord")]
    [InlineData("my-name-is-pat.lee-ok", "PasswordHasContextWord")]
    [InlineData("aaaaaaaaaaaaaaaa", "PasswordTooRepetitive")]
    [InlineData("12121212121212", "PasswordTooRepetitive")]
    public void Problems_ForAPasswordAttackersTryFirst_NameTheRule(string password, string code)
    {
        var problems = Policy.Problems(password, "pat.lee", "pat.lee@example.ca.gov");

        Assert.Contains(problems, p => p.Code == code);
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Description)));
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("all lowercase words here")]
    [InlineData("ÉtéÀSacramentoSansChiffres")]
    [InlineData("Demo!Password2026")]
    [InlineData("walnut-river-lantern")]
    public void Problems_ForALongPhraseOfOnesOwn_AreNone_WhateverItsCharacterClasses(string password) =>
        Assert.Empty(Policy.Problems(password, "pat.lee", "pat.lee@example.ca.gov"));

    [Fact]
    public void Problems_ForAPasswordOverTheMaximum_SayTheMaximum() =>
        Assert.Contains(Policy.Problems(new string('x', 60) + string.Concat(Enumerable.Range(0, 80).Select(i => (char)('a' + i % 26))), null, null),
            p => p.Code == "PasswordTooLong" && p.Description.Contains(PasswordPolicy.MaximumLength.ToString()));

    [Fact]
    public void Blocklist_ShippedWithTheApp_HasEntriesAndIgnoresComments()
    {
        var blocklist = new PasswordBlocklist();

        Assert.True(blocklist.Count >= 150, $"{blocklist.Count} entries");
        Assert.False(new PasswordBlocklist(["# password"]).IsBlocked("password"));
        Assert.True(new PasswordBlocklist(["Letmein"]).IsBlocked("LETMEIN-2026!"));
    }
}
