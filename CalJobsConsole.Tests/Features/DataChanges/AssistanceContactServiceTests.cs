using CalJobsConsole.App.Features.DataChanges;
using CalJobsConsole.Domain.DataChanges;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.Tests.Features.DataChanges;

/// <summary>DCR-1's contact log: administrators record data-validation and pseudo-SSN assistance, never an SSN.</summary>
public class AssistanceContactServiceTests : DataChangeTestBase
{
    private AssistanceContactModel Model() => new()
    {
        AreaId = World.LocalArea.Id,
        AssistedStaffName = "Pat Staff",
        ContactedOn = World.Clock.Today.ToDateTime(TimeOnly.MinValue),
        ParticipantReference = "4821937",
        Kind = AssistanceKind.PseudoSsnAssignment,
        Note = "Walked through the WSD20-11 steps.",
    };

    [Fact]
    public async Task RecordAsync_WhenTheAreaAdministratorRecords_ListsItForEveryAdministratorOfTheArea()
    {
        var outcome = await Contacts(Morgan).RecordAsync(Model(), Token);

        Assert.True(outcome.Succeeded);
        var line = Assert.Single((await Contacts(Parker.PersonId).ListAsync(cancellationToken: Token)).Lines);
        Assert.Equal(("Pat Staff", "4821937", "Morgan MIS"), (line.AssistedStaffName, line.ParticipantReference, line.RecordedBy));
        Assert.Empty((await Contacts(Olive.PersonId).ListAsync(cancellationToken: Token)).Lines);
    }

    [Theory]
    [InlineData("123-45-6789", null)]
    [InlineData("CJ-4821937", "Their SSN is 123 45 6789")]
    [InlineData("123456789", null)]
    public async Task RecordAsync_WhenSsnShapedInputIsGiven_IsNeverSaved(string reference, string? note)
    {
        var model = Model();
        model.ParticipantReference = reference;
        model.Note = note;

        var outcome = await Contacts(Morgan).RecordAsync(model, Token);

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.FieldErrors.Values, m => m.Contains("Social Security number"));
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.ParticipantAssistanceContacts.CountAsync(Token));
    }

    [Fact]
    public async Task RecordAsync_WhenTheAreaIsNotTheirs_IsRefusedWithSco1()
    {
        var model = Model();
        model.AreaId = World.OtherLocalArea.Id;

        var outcome = await Contacts(Morgan).RecordAsync(model, Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
    }

    [Fact]
    public async Task ListAsync_WhenTheUserIsNoAdministrator_IsRefusedWithSco1()
    {
        var ex = await Assert.ThrowsAsync<CalJobsConsole.Domain.Common.BusinessRuleViolationException>(() => Contacts(World.RequestorId).ListAsync(cancellationToken: Token));

        Assert.Equal(["SCO-1"], ex.Codes);
    }
}
