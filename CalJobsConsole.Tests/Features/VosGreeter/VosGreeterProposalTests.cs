using CalJobsConsole.App.Features.VosGreeter;
using CalJobsConsole.Domain.VosGreeter;

namespace CalJobsConsole.Tests.Features.VosGreeter;

/// <summary>VOS-1 on the server: a SPOC proposes for a Title I office, its MIS Administrator accepts or declines, both are told.</summary>
public class VosGreeterProposalTests : VosGreeterServiceTestBase
{
    private async Task<Guid> ProposeAsync(string label = "Veterans services (JVSG)")
    {
        var outcome = await Service(Spoc).ProposeAsync(TitleIOffice, Reason(label, CheckInProgram.Veterans), Token);
        Assert.True(outcome.Succeeded, outcome.Problem ?? string.Join("; ", outcome.BrokenRules));
        return (await Service(Mis).OfficeAsync(TitleIOffice, Token)).Proposals.Single(p => p.Label == label).Id;
    }

    [Fact]
    public async Task Propose_BySpocOfTitleIOffice_TellsTheMisAdministratorAndWaits()
    {
        await ProposeAsync();

        var notice = Assert.Single(Notifications.Sent);
        Assert.Equal("CheckInReasonProposed", notice.Kind);
        Assert.Equal([Mis], notice.To.Select(r => r.UserId));
        Assert.Contains($"/vosgreeter/{TitleIOffice}", notice.Body);
        var spocView = await Service(Spoc).OfficeAsync(TitleIOffice, Token);
        Assert.Equal(ProposalStatus.Pending, Assert.Single(spocView.Proposals).Status);
        Assert.Empty(spocView.Reasons);
        Assert.Equal(1, (await Service(Mis).OfficesAsync(Token)).Single(o => o.OfficeId == TitleIOffice).PendingProposals);
    }

    [Fact]
    public async Task Accept_ByMisAdministrator_AddsTheReasonAndTellsTheSpoc()
    {
        var proposalId = await ProposeAsync();

        var outcome = await Service(Mis).AcceptProposalAsync(TitleIOffice, proposalId, Token);

        Assert.True(outcome.Succeeded);
        var view = await Service(Spoc).OfficeAsync(TitleIOffice, Token);
        Assert.Equal(("Veterans services (JVSG)", true), (Assert.Single(view.Reasons).Label, view.Reasons[0].FromProposal));
        Assert.Equal(ProposalStatus.Accepted, Assert.Single(view.Proposals).Status);
        var told = Notifications.Sent.Last();
        Assert.Equal(("CheckInReasonProposalDecided", Spoc), (told.Kind, Assert.Single(told.To).UserId));
        Assert.Contains("accepted", told.Subject);
    }

    [Fact]
    public async Task Decline_WithoutNote_IsRefusedAndWithNoteTellsTheSpoc()
    {
        var proposalId = await ProposeAsync();

        var noNote = await Service(Mis).DeclineProposalAsync(TitleIOffice, proposalId, new DeclineProposalModel { Note = " " }, Token);
        Assert.Equal("Write the note the SPOC will read.", noNote.Problem);
        Assert.Equal(ProposalStatus.Pending, (await Service(Mis).OfficeAsync(TitleIOffice, Token)).Proposals.Single().Status);

        var declined = await Service(Mis).DeclineProposalAsync(TitleIOffice, proposalId,
            new DeclineProposalModel { Note = "The front desk routes veterans already." }, Token);

        Assert.True(declined.Succeeded);
        var proposal = Assert.Single((await Service(Spoc).OfficeAsync(TitleIOffice, Token)).Proposals);
        Assert.Equal((ProposalStatus.Declined, "The front desk routes veterans already."), (proposal.Status, proposal.DecisionNote));
        Assert.Contains("The front desk routes veterans already.", Notifications.Sent.Last().Body);
    }

    [Fact]
    public async Task Decide_Twice_IsRefusedWithVos1()
    {
        var proposalId = await ProposeAsync();
        await Service(Mis).AcceptProposalAsync(TitleIOffice, proposalId, Token);

        var again = await Service(Mis).DeclineProposalAsync(TitleIOffice, proposalId, new DeclineProposalModel { Note = "No." }, Token);

        Assert.Equal(["VOS-1"], again.Codes);
    }

    [Fact]
    public async Task Accept_BySpoc_IsRefusedWithVos1()
    {
        var proposalId = await ProposeAsync();

        Assert.Equal(["VOS-1"], (await Service(Spoc).AcceptProposalAsync(TitleIOffice, proposalId, Token)).Codes);
    }

    [Fact]
    public async Task Propose_BySpocNotCoveringTheOffice_IsRefusedWithSco1()
    {
        var outcome = await Service(NarrowSpoc.PersonId).ProposeAsync(TitleIOffice, Reason("Veterans", CheckInProgram.Veterans), Token);

        Assert.Equal(["SCO-1"], outcome.Codes);
        Assert.Empty(Notifications.Sent);
    }

    [Fact]
    public async Task Propose_ForALocalAreaProgram_IsRefusedWithVos1()
    {
        var outcome = await Service(Spoc).ProposeAsync(TitleIOffice, Reason("WIOA orientation", CheckInProgram.WioaTitleI), Token);

        Assert.Equal(["VOS-1"], outcome.Codes);
    }

    [Fact]
    public async Task Proposals_OfOtherSpocs_AreNotShownToASpoc()
    {
        await ProposeAsync();

        Assert.Empty((await Service(NarrowSpoc.PersonId).OfficeAsync(OfficeWithoutTitleI, Token)).Proposals);
        Assert.Single((await Service(Stored.OperationsUnitUserId).OfficeAsync(TitleIOffice, Token)).Proposals);
    }
}
