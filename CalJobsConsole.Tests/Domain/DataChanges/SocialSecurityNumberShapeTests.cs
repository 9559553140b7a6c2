using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.DataChanges;

/// <summary>DCR-1: nothing shaped like a Social Security number is stored, in any text field; ordinary record IDs are accepted.</summary>
public class SocialSecurityNumberShapeTests
{
    private readonly World _world = new();

    /// <summary>Shapes a reviewer or a pasted document can produce; each must read as an SSN once normalised.</summary>
    public static TheoryData<string> SsnShapes => new()
    {
        "123-45-6789",
        "123 45 6789",
        "123.45.6789",
        "123456789",
        "123-456789",
        "123 - 45 - 6789",                  // spaces around the separators
        "123/45/6789",                      // slashes
        "123\u201345\u20136789",              // en dash
        "123\u201445\u20146789",              // em dash
        "123\u201245\u20126789",              // figure dash
        "123\u221245\u22126789",              // minus sign
        "123\u201045\u20116789",              // hyphen, non-breaking hyphen
        "123\uFF0D45\uFF0D6789",              // full-width hyphen-minus
        "\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19", // full-width digits
        "\uFF11\uFF12\uFF13-\uFF14\uFF15-\uFF16\uFF17\uFF18\uFF19", // full-width digits, ASCII hyphens
        "\u0661\u0662\u0663-\u0664\u0665-\u0666\u0667\u0668\u0669", // Arabic-Indic digits
        "\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9", // extended Arabic-Indic digits
        "\u0967\u0968\u0969 \u096A\u096B \u096C\u096D\u096E\u096F", // Devanagari digits
        "1\uFF12\u0663-4\u096B-67\u096E9",   // mixed scripts
        "\U0001D7CF\U0001D7D0\U0001D7D1\U0001D7D2\U0001D7D3\U0001D7D4\U0001D7D5\U0001D7D6\U0001D7D7", // mathematical bold digits
        "123-45.6789",                      // mixed separators
        "123_45_6789",                      // underscores
        "123\u00B745\u00B76789",              // middle dots
        "123  45  6789",                    // several spaces
        "123\t45\t6789",                    // tabs
        "123\n45\n6789",                    // line breaks
        "123\r\n45\r\n6789",                // Windows line breaks
        "123\u00A045\u00A06789",              // no-break spaces
        "123\u200945\u20096789",              // thin spaces
        "123\u202F45\u202F6789",              // narrow no-break spaces
        "123\u3000-\u300045\u3000-\u30006789",  // ideographic spaces around hyphens
        "123\u200B456789",                   // zero-width space
        "12\u200C3\u200D45\u20606789\uFEFF",    // zero-width non-joiner, joiner, word joiner, BOM
        "123\u00AD45\u00AD6789",              // soft hyphens
        "\u200F123-45-6789\u200E",            // direction marks
        "The client gave 123-45-6789 at intake.", // in a sentence
        "123-45-6789 was on the form",      // at the start
        "it was 123-45-6789",               // at the end
        "(123-45-6789)",                    // in parentheses
        "SSN:123-45-6789",                  // after a colon
        "ID123456789",                      // after letters
        "123-45-6789-0",                    // a trailing group after a separator
        "900-70-1234",                      // a pseudo-SSN shape
    };

    /// <summary>Numbers staff write every day; none may be refused.</summary>
    public static TheoryData<string?> OrdinaryTexts => new()
    {
        "CJ-4821937",                       // record ID with its prefix
        "4821937",                          // 7-digit record ID
        "48219375",                         // 8 digits
        "1029384756",                       // 10 digits
        "12345678901",                      // 11-digit record ID
        "2025-01-15",                       // ISO date
        "01/15/2025",                       // US date
        "15.01.2025 10:30",                 // European date and time
        "916-555-0142",                     // phone
        "(916) 555-0142",                   // phone with area code in parentheses
        "+1 916 555 0142",                  // international phone
        "916.555.0142",                     // phone with dots
        "9165550142",                       // 10-digit phone
        "12-345-6789",                      // 2-3-4 grouping
        "95603-1234",                       // ZIP+4
        "$1,234.56",                        // an amount
        "$123,456,789",                     // a large amount with commas
        "Case 12-345",                      // a case number
        "8 digits 12345678",
        "10 digits 1234567890",
        "Meeting at 10:30 and 14:45:30",    // times
        "\uFF14\uFF18\uFF12\uFF11\uFF19\uFF13\uFF17", // full-width 7-digit record ID
        "123-45-67890",                     // digits embedded in a longer run
        "0123-45-6789",                     // a longer first group
        "Date of birth",
        "No digits here at all.",
        "",
        null,
    };

    [Theory]
    [MemberData(nameof(SsnShapes))]
    public void IsFoundIn_WhenTextHoldsAnSsnShape_IsTrue(string text) => Assert.True(SocialSecurityNumberShape.IsFoundIn(text));

    [Theory]
    [MemberData(nameof(OrdinaryTexts))]
    public void IsFoundIn_WhenTextIsAnOrdinaryReference_IsFalse(string? text) => Assert.False(SocialSecurityNumberShape.IsFoundIn(text));

    [Fact]
    public void IsFoundIn_WhenTheTextIsLongerThanTheStackBuffer_StillFindsTheShapeAtTheEnd() =>
        Assert.True(SocialSecurityNumberShape.IsFoundIn(new string('a', 5000) + " 123\u201345\u20136789"));

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
