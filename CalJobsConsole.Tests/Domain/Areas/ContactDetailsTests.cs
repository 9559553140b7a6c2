using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Tests.Domain.Areas;

/// <summary>A name and work e-mail as the designation forms record them.</summary>
public class ContactDetailsTests
{
    [Fact]
    public void Create_WhenTheEmailHasNoAt_ThrowsNamingEmail()
    {
        var ex = Assert.Throws<InvalidInputException>(() => ContactDetails.Create("Morgan MIS", "morgan.example.ca.gov"));

        Assert.Equal("Email", ex.Field);
    }

    [Fact]
    public void Create_WhenTheEmailHasNothingBeforeTheAt_ThrowsNamingEmail()
    {
        var ex = Assert.Throws<InvalidInputException>(() => ContactDetails.Create("Morgan MIS", "@example.ca.gov"));

        Assert.Equal("Email", ex.Field);
    }

    [Fact]
    public void Create_WhenTheEmailHasNothingAfterTheAt_ThrowsNamingEmail()
    {
        var ex = Assert.Throws<InvalidInputException>(() => ContactDetails.Create("Morgan MIS", "morgan@"));

        Assert.Equal("Email", ex.Field);
    }

    [Fact]
    public void Create_WhenTheEmailHasTwoAts_ThrowsNamingEmail()
    {
        var ex = Assert.Throws<InvalidInputException>(() => ContactDetails.Create("Morgan MIS", "morgan@mis@example.ca.gov"));

        Assert.Equal("Email", ex.Field);
    }

    [Fact]
    public void Create_WhenTheFullNameIsEmpty_ThrowsNamingFullName()
    {
        var ex = Assert.Throws<InvalidInputException>(() => ContactDetails.Create("", "morgan@example.ca.gov"));

        Assert.Equal("FullName", ex.Field);
    }

    [Fact]
    public void Create_WhenAFieldPrefixIsGiven_NamesThePrefixedField()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            ContactDetails.Create("Dana Director", "dana", fieldPrefix: "Director."));

        Assert.Equal("Director.Email", ex.Field);
    }

    [Fact]
    public void Create_WhenValid_TrimsTheValuesAndDropsABlankPhone()
    {
        var contact = ContactDetails.Create("  Morgan MIS ", " morgan@example.ca.gov ", "  ");

        Assert.Equal("Morgan MIS", contact.FullName);
        Assert.Equal("morgan@example.ca.gov", contact.Email);
        Assert.Null(contact.Phone);
    }
}
