using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.VosGreeter;

namespace CalJobsConsole.Tests.Domain.VosGreeter;

/// <summary>VOS-1: who edits an office's check-in reasons, and the shape of the list (labels, order, active, removal).</summary>
public class CheckInReasonEditingTests : VosGreeterTestBase
{
    [Fact]
    public void AddReason_WhenMisAdministratorOfTitleIOffice_AddsItAtTheEnd()
    {
        var setup = SetupOf(TitleI);

        setup.AddReason(Mis, TitleI, "WIOA orientation", CheckInProgram.WioaTitleI);
        var second = setup.AddReason(Mis, TitleI, "  Resource room  ", CheckInProgram.General);

        Assert.Equal(["WIOA orientation", "Resource room"], setup.Reasons.Select(r => r.Label));
        Assert.Equal(2, second.Position);
        Assert.True(second.IsActive);
    }

    [Fact]
    public void AddReason_WhenMisAdministratorOfOfficeWithoutTitleI_IsRefusedWithVos1NamingTheSpoc()
    {
        var setup = SetupOf(WithoutTitleI);

        var refused = Assert.Throws<BusinessRuleViolationException>(() => setup.AddReason(Mis, WithoutTitleI, "UI claim help", CheckInProgram.General));

        var rule = Assert.Single(refused.BrokenRules);
        Assert.Equal("VOS-1", rule.Code);
        Assert.Contains("CalJOBS SPOC of WSB Northern Division covering Roseville EDD Office", rule.Remedy);
        Assert.Empty(setup.Reasons);
    }

    [Fact]
    public void AddReason_WhenCoveringSpocOfOfficeWithoutTitleI_Adds()
    {
        var setup = SetupOf(WithoutTitleI);

        setup.AddReason(Spoc, WithoutTitleI, "Job search help", CheckInProgram.WagnerPeyser);

        Assert.Single(setup.Reasons);
    }

    [Fact]
    public void AddReason_WhenSpocOfTitleIOffice_IsRefusedTellingThemToPropose()
    {
        var refused = Assert.Throws<BusinessRuleViolationException>(() => SetupOf(TitleI).AddReason(Spoc, TitleI, "Veterans", CheckInProgram.Veterans));

        var rule = Assert.Single(refused.BrokenRules);
        Assert.Equal("VOS-1", rule.Code);
        Assert.Equal("Propose the reason to the MIS Administrator of Golden Sierra, who accepts it.", rule.Remedy);
    }

    [Fact]
    public void AddReason_WhenSpocNotCoveringTheOffice_IsRefusedWithSco1()
    {
        var narrow = World.Designate(World.Division, "Rowan Office", trained: true, SpocCoverage.Offices([World.PartnerOffice.Id]));

        var refused = Assert.Throws<BusinessRuleViolationException>(() => SetupOf(WithoutTitleI).AddReason(narrow, WithoutTitleI, "Help", CheckInProgram.General));

        Assert.Equal(["SCO-1"], refused.Codes);
    }

    [Fact]
    public void AddReason_WhenAnotherAreasMisAdministrator_IsRefusedWithSco1()
    {
        var refused = Assert.Throws<BusinessRuleViolationException>(() => SetupOf(OtherArea).AddReason(Mis, OtherArea, "Help", CheckInProgram.General));

        Assert.Equal(["SCO-1"], refused.Codes);
    }

    [Fact]
    public void AddReason_WhenUntrainedEditor_IsRefusedWithDes2()
    {
        var untrained = World.Designate(World.LocalArea, "New MIS", trained: false);

        var refused = Assert.Throws<BusinessRuleViolationException>(() => SetupOf(TitleI).AddReason(untrained, TitleI, "Help", CheckInProgram.General));

        Assert.Equal(["DES-2"], refused.Codes);
    }

    [Theory]
    [InlineData("WIOA orientation")]
    [InlineData(" wioa ORIENTATION ")]
    public void AddReason_WhenLabelExistsAtTheOffice_IsRefusedWithVos1(string label)
    {
        var setup = SetupOf(TitleI);
        setup.AddReason(Mis, TitleI, "WIOA orientation", CheckInProgram.WioaTitleI);

        var refused = Assert.Throws<BusinessRuleViolationException>(() => setup.AddReason(Mis, TitleI, label, CheckInProgram.General));

        Assert.Equal(["VOS-1"], refused.Codes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void AddReason_WithoutLabel_IsRefusedAsInput(string? label)
    {
        var problem = Assert.Throws<InvalidInputException>(() => SetupOf(TitleI).AddReason(Mis, TitleI, label, CheckInProgram.General));

        Assert.Equal("Label", problem.Field);
    }

    [Fact]
    public void AddReason_WithTooLongLabel_IsRefusedAsInput()
    {
        var problem = Assert.Throws<InvalidInputException>(() =>
            SetupOf(TitleI).AddReason(Mis, TitleI, new string('x', CheckInReason.MaxLabelLength + 1), CheckInProgram.General));

        Assert.Equal("Label", problem.Field);
    }

    [Fact]
    public void MoveRenameDeactivateRemove_WhenEditor_KeepTheListInOrder()
    {
        var setup = SetupOf(TitleI);
        var first = setup.AddReason(Mis, TitleI, "First", CheckInProgram.General);
        var second = setup.AddReason(Mis, TitleI, "Second", CheckInProgram.General);
        var third = setup.AddReason(Mis, TitleI, "Third", CheckInProgram.General);

        setup.MoveReason(Mis, TitleI, third.Id, up: true);
        setup.RenameReason(Mis, TitleI, second.Id, "Second, renamed");
        setup.SetReasonActive(Mis, TitleI, first.Id, active: false);
        setup.RemoveReason(Mis, TitleI, third.Id);

        Assert.Equal(["First", "Second, renamed"], setup.Reasons.Select(r => r.Label));
        Assert.Equal([1, 2], setup.Reasons.Select(r => r.Position));
        Assert.False(setup.Reasons[0].IsActive);
    }

    [Fact]
    public void RenameReason_ToAnotherReasonsLabel_IsRefusedWithVos1()
    {
        var setup = SetupOf(TitleI);
        setup.AddReason(Mis, TitleI, "First", CheckInProgram.General);
        var second = setup.AddReason(Mis, TitleI, "Second", CheckInProgram.General);

        var refused = Assert.Throws<BusinessRuleViolationException>(() => setup.RenameReason(Mis, TitleI, second.Id, "first"));

        Assert.Equal(["VOS-1"], refused.Codes);
    }

    [Fact]
    public void EditEligibility_ForEachAdministrator_SaysWhoEdits()
    {
        Assert.Empty(OfficeCheckInSetup.EditEligibility(Mis, TitleI));
        Assert.Empty(OfficeCheckInSetup.EditEligibility(Spoc, WithoutTitleI));
        Assert.Equal(["VOS-1"], OfficeCheckInSetup.EditEligibility(Spoc, TitleI).Select(r => r.Code));
        Assert.Equal(["VOS-1"], OfficeCheckInSetup.EditEligibility(Mis, WithoutTitleI).Select(r => r.Code));
        Assert.Equal(["SCO-1"], OfficeCheckInSetup.EditEligibility(Mis, OtherArea).Select(r => r.Code));
    }
}
