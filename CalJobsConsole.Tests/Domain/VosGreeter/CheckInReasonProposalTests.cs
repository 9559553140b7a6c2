using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.VosGreeter;

namespace CalJobsConsole.Tests.Domain.VosGreeter;

/// <summary>VOS-1: a SPOC proposes reasons for WSB programs at an office with a Title I partner; its MIS Administrator decides once.</summary>
public class CheckInReasonProposalTests : VosGreeterTestBase
{
    [Fact]
    public void Propose_WhenCoveringSpocOfTitleIOffice_IsPending()
    {
        var setup = SetupOf(TitleI);

        var proposal = setup.Propose(Spoc, TitleI, "Veterans services", CheckInProgram.Veterans, Now);

        Assert.Equal(ProposalStatus.Pending, proposal.Status);
        Assert.Equal(Spoc.PersonId, proposal.ProposedById);
        Assert.Empty(setup.Reasons);
    }

    [Fact]
    public void Propose_ForALocalAreaProgram_IsRefusedWithVos1()
    {
        var refused = Assert.Throws<BusinessRuleViolationException>(() =>
            SetupOf(TitleI).Propose(Spoc, TitleI, "WIOA orientation", CheckInProgram.WioaTitleI, Now));

        Assert.Equal(["VOS-1"], refused.Codes);
    }

    [Fact]
    public void Propose_ForOfficeWithoutTitleI_IsRefusedTellingTheSpocToAddIt()
    {
        var refused = Assert.Throws<BusinessRuleViolationException>(() =>
            SetupOf(WithoutTitleI).Propose(Spoc, WithoutTitleI, "Job search", CheckInProgram.WagnerPeyser, Now));

        Assert.Equal("Add the reason yourself on the office's page.", Assert.Single(refused.BrokenRules).Remedy);
    }

    [Fact]
    public void Propose_ByMisAdministrator_IsRefusedWithVos1()
    {
        var refused = Assert.Throws<BusinessRuleViolationException>(() =>
            SetupOf(TitleI).Propose(Mis, TitleI, "Job search", CheckInProgram.WagnerPeyser, Now));

        Assert.Equal(["VOS-1"], refused.Codes);
    }

    [Fact]
    public void AcceptProposal_ByMisAdministrator_AddsTheReason()
    {
        var setup = SetupOf(TitleI);
        var proposal = setup.Propose(Spoc, TitleI, "Veterans services", CheckInProgram.Veterans, Now);

        var reason = setup.AcceptProposal(Mis, TitleI, proposal.Id, Now);

        Assert.Equal((ProposalStatus.Accepted, Mis.PersonId), (proposal.Status, proposal.DecidedById));
        Assert.Equal(("Veterans services", CheckInProgram.Veterans, proposal.Id), (reason.Label, reason.Program, reason.FromProposalId));
        Assert.Single(setup.Reasons);
    }

    [Fact]
    public void AcceptProposal_BySpoc_IsRefusedWithVos1()
    {
        var setup = SetupOf(TitleI);
        var proposal = setup.Propose(Spoc, TitleI, "Veterans services", CheckInProgram.Veterans, Now);

        var refused = Assert.Throws<BusinessRuleViolationException>(() => setup.AcceptProposal(Spoc, TitleI, proposal.Id, Now));

        Assert.Equal(["VOS-1"], refused.Codes);
    }

    [Fact]
    public void DeclineProposal_WithoutNote_IsRefusedAsInput()
    {
        var setup = SetupOf(TitleI);
        var proposal = setup.Propose(Spoc, TitleI, "Veterans services", CheckInProgram.Veterans, Now);

        Assert.Throws<InvalidInputException>(() => setup.DeclineProposal(Mis, TitleI, proposal.Id, " ", Now));
        Assert.Equal(ProposalStatus.Pending, proposal.Status);
    }

    [Fact]
    public void DecideProposal_Twice_IsRefusedWithVos1()
    {
        var setup = SetupOf(TitleI);
        var proposal = setup.Propose(Spoc, TitleI, "Veterans services", CheckInProgram.Veterans, Now);
        setup.DeclineProposal(Mis, TitleI, proposal.Id, "We already route veterans at the front desk.", Now);

        var refused = Assert.Throws<BusinessRuleViolationException>(() => setup.AcceptProposal(Mis, TitleI, proposal.Id, Now));

        Assert.Equal(["VOS-1"], refused.Codes);
        Assert.Empty(setup.Reasons);
    }

    [Fact]
    public void Propose_SameLabelAsPendingProposal_IsRefusedWithVos1()
    {
        var setup = SetupOf(TitleI);
        setup.Propose(Spoc, TitleI, "Veterans services", CheckInProgram.Veterans, Now);

        var refused = Assert.Throws<BusinessRuleViolationException>(() => setup.Propose(Spoc, TitleI, "veterans services", CheckInProgram.Veterans, Now));

        Assert.Equal(["VOS-1"], refused.Codes);
    }
}
