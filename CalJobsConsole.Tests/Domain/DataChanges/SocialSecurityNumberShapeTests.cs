using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.DataChanges;

/// <summary>DCR-1: nothing shaped like a Social Security number is stored, in any text field; ordinary record IDs are accepted.</summary>
public class SocialSecurityNumberShapeTests
{
    private readonly World _world = new();

    [Theory]
    [InlineData("123-45-6789")]
    [InlineData("123 45 6789")]
    [InlineData("123.45.6789")]
    [InlineData("123456789")]
    [InlineData("SSN 123-45-6789 on file")]
    [InlineData("ID123456789")]
    [InlineData("123-456789")]
    public void IsFoundIn_WhenTextHoldsAnSsnShape_IsTrue(string text) => Assert.True(SocialSecurityNumberShape.IsFoundIn(text));

    [Theory]
    [InlineData("CJ-4821937")]
    [InlineData("4821937")]
    [InlineData("48219375")]
    [InlineData("1029384756")]
    [InlineData("12345678901")]
    [InlineData("2025-01-15")]
    [InlineData("916-555-0142")]
    [InlineData("12-345-6789")]
    [InlineData("Date of birth")]
    [InlineData("")]
    [InlineData(null)]
    public void IsFoundIn_WhenTextIsAnOrdinaryReference_IsFalse(string? text) => Assert.False(SocialSecurityNumberShape.IsFoundIn(text));

    [Theory]
    [InlineData(0, "Participant record reference")]
    [InlineData(1, "Field(s) to change")]
    [InlineData(2, "Current value")]
    [InlineData(3, "Requested value")]
    [InlineData(4, "Reason")]
    public void File_WhenOneFieldHoldsAnSsn_ThrowsDcr1NamingThatFieldWithoutTheNumber(int field, string label)
    {
        var values = new[] { "CJ-4821937", "Date of birth", "1990-01-02", "1990-02-01", "Swapped at intake." };
        values[field] = "123-45-6789";

        var ex = Assert.Throws<BusinessRuleViolationException>(() => DataChangeRequest.File(_world.RequestorId, _world.LocalArea.Id,
            _world.PartnerOffice.Id, values[0], values[1], values[2], values[3], values[4], _world.Business));

        Assert.Equal(["DCR-1"], ex.Codes);
        Assert.StartsWith(label, ex.BrokenRules.Single().Reason);
        Assert.DoesNotContain("6789", ex.Message);
    }

    [Theory]
    [InlineData(0, "Staff member assisted")]
    [InlineData(1, "Participant record reference")]
    [InlineData(2, "Note")]
    public void Record_WhenOneFieldHoldsAnSsn_ThrowsDcr1NamingThatField(int field, string label)
    {
        var values = new[] { "Sam Staff", "CJ-4821937", "Walked through WSD20-11." };
        values[field] = "123 45 6789";

        var ex = Assert.Throws<BusinessRuleViolationException>(() => ParticipantAssistanceContact.Record(_world.LocalArea.Id,
            _world.MisAdministrator.PersonId, values[0], _world.Clock.Today, values[1], AssistanceKind.PseudoSsnAssignment, values[2], _world.Business));

        Assert.Equal(["DCR-1"], ex.Codes);
        Assert.StartsWith(label, ex.BrokenRules.Single().Reason);
    }

    [Fact]
    public void Record_WhenEverythingIsOrdinary_KeepsTheContact()
    {
        var contact = ParticipantAssistanceContact.Record(_world.LocalArea.Id, _world.MisAdministrator.PersonId, "Sam Staff",
            _world.Clock.Today.AddDays(-1), "4821937", AssistanceKind.DataValidation, null, _world.Business);

        Assert.Equal("4821937", contact.ParticipantReference);
        Assert.Equal(AssistanceKind.DataValidation, contact.Kind);
    }

    [Fact]
    public void Record_WhenTheContactIsInTheFuture_ThrowsNamingContactedOn()
    {
        var ex = Assert.Throws<InvalidInputException>(() => ParticipantAssistanceContact.Record(_world.LocalArea.Id, _world.MisAdministrator.PersonId,
            "Sam Staff", _world.Clock.Today.AddDays(1), "4821937", AssistanceKind.DataValidation, null, _world.Business));

        Assert.Equal("ContactedOn", ex.Field);
    }
}
