using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Tests.Domain.Common;

/// <summary>The shared input checks of issue 20's fuller forms: phone, e-mail, CalJOBS username and a date window, each naming its field.</summary>
public class GuardTests
{
    [Theory]
    [InlineData("916-555-0142")]
    [InlineData("(916) 555-0142")]
    [InlineData("916.555.0142")]
    [InlineData("+1 916 555 0142")]
    [InlineData("916-555-0142 x12")]
    [InlineData("916-555-0142 ext. 1234")]
    public void Phone_WhenPlausible_ReturnsItTrimmed(string phone) =>
        Assert.Equal(phone, Guard.Phone($" {phone} ", "RequestorPhone"));

    [Theory]
    [InlineData("555-0142")]
    [InlineData("916-555-014")]
    [InlineData("phone 916 555 0142")]
    [InlineData("916-555-0142 x")]
    [InlineData("1234567890123456")]
    [InlineData("916--555--0142--")]
    public void Phone_WhenNotAPhoneNumber_IsRefusedNamingTheField(string phone)
    {
        var ex = Assert.Throws<InvalidInputException>(() => Guard.Phone(phone, "RequestorPhone"));

        Assert.Equal("RequestorPhone", ex.Field);
        Assert.Contains("is not a phone number", ex.Problem);
    }

    [Fact]
    public void Phone_WhenMissing_IsRequired() =>
        Assert.Equal("is required.", Assert.Throws<InvalidInputException>(() => Guard.Phone(" ", "ReporterPhone")).Problem);

    [Fact]
    public void OptionalPhone_WhenBlank_IsNull() => Assert.Null(Guard.OptionalPhone("  ", "Phone"));

    [Fact]
    public void Email_WhenItHasNoAt_IsRefusedNamingTheField() =>
        Assert.Equal("ReporterEmail", Assert.Throws<InvalidInputException>(() => Guard.Email("pat.example.gov", "ReporterEmail")).Field);

    [Theory]
    [InlineData("ab")]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    public void OptionalCalJobsUsername_WhenMisshapen_IsRefusedNamingTheField(string username) =>
        Assert.Equal("CalJobsUsername", Assert.Throws<InvalidInputException>(() => Guard.OptionalCalJobsUsername(username, "CalJobsUsername")).Field);

    [Fact]
    public void Within_WhenTheDayIsOutside_SaysTheWindowAndWhy()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            Guard.Within(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1), "EffectiveOn", "the reason"));

        Assert.Equal("EffectiveOn", ex.Field);
        Assert.Equal("must be between 2026-02-01 and 2026-03-01 (the reason); 2026-01-01 is not.", ex.Problem);
    }
}
