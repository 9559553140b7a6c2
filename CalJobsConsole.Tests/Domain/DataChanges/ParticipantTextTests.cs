using CalJobsConsole.App.Features.Inbox;
using CalJobsConsole.App.Features.IssueReports;
using CalJobsConsole.App.Features.Suspensions;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.DataChanges;
using CalJobsConsole.Domain.Escalations;
using CalJobsConsole.Domain.IssueReports;
using CalJobsConsole.Domain.Monitoring;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.DataChanges;

/// <summary>DCR-1 on every free-text field that can carry participant data: an SSN-shaped text is refused and nothing changes.</summary>
public class ParticipantTextTests
{
    private const string Ssn = "Participant 123 \u2013 45 \u2013 6789 called.";
    private readonly World _world = new();
    private readonly Guid _staffId = Guid.NewGuid();

    private static void AssertRefusedWithDcr1(string label, Action act)
    {
        var ex = Assert.Throws<BusinessRuleViolationException>(act);
        Assert.Equal(["DCR-1"], ex.Codes);
        Assert.StartsWith(label, ex.BrokenRules.Single().Reason);
        Assert.DoesNotContain("6789", ex.Message);
    }

    private IssueReport NewReport() =>
        IssueReport.Report(_staffId, _world.LocalArea.Id, _world.PartnerOffice.Id, "Case notes vanish", "Saved notes disappear.", _world.Business);

    [Theory]
    [InlineData(0, "Summary")]
    [InlineData(1, "Description")]
    public void IssueReport_Report_WhenATextHoldsAnSsn_IsRefusedWithDcr1(int field, string label)
    {
        var values = new[] { "Case notes vanish", "Saved notes disappear." };
        values[field] = Ssn;

        AssertRefusedWithDcr1(label, () => IssueReport.Report(_staffId, _world.LocalArea.Id, _world.PartnerOffice.Id, values[0], values[1], _world.Business));
    }

    [Theory]
    [InlineData(0, "What happened")]
    [InlineData(1, "Where")]
    [InlineData(2, "Steps to reproduce")]
    [InlineData(3, "Users and accounts affected")]
    public void IssueReportingForm_Complete_WhenAFieldHoldsAnSsn_IsRefusedWithDcr1(int field, string label)
    {
        var values = new[] { "Case notes vanish.", "Case notes", "Open, add, save.", "staff.sam" };
        values[field] = Ssn;

        AssertRefusedWithDcr1(label, () => TestIssueForms.Complete(values[0], values[1], _world.Clock.Today, values[2], values[3], _world.Business));
    }

    [Fact]
    public void IssueReport_CloseAsUserError_WhenTheNoteHoldsAnSsn_IsRefusedAndTheReportStaysOpen()
    {
        var report = NewReport();

        AssertRefusedWithDcr1("Note", () => report.CloseAsUserError(_world.MisAdministrator, Ssn, _world.Business));

        Assert.Equal(IssueReportStatus.Reported, report.Status);
        Assert.Null(report.UserErrorNote);
    }

    [Fact]
    public void IssueReport_ReplyFromOperationsUnit_WhenTheReplyHoldsAnSsn_IsRefusedAndNoMessageIsKept()
    {
        var report = NewReport();
        report.VerifyAsSystemIssue(_world.MisAdministrator, _world.Business);
        report.SubmitToOperationsUnit(_world.MisAdministrator,
            TestIssueForms.Complete("Notes vanish.", "Case notes", _world.Clock.Today, "Save, refresh.", "staff.sam", _world.Business), _world.Business);

        AssertRefusedWithDcr1("Reply", () => report.ReplyFromOperationsUnit(World.OperationsUnitUserId, Ssn, resolve: false, _world.Business));

        Assert.Empty(report.Messages);
    }

    [Theory]
    [InlineData(false, "Note")]
    [InlineData(true, "Reason")]
    public void AccessRequest_ReturnOrReject_WhenTheNoteHoldsAnSsn_IsRefusedAndTheRequestStaysSubmitted(bool reject, string label)
    {
        var request = _world.Submit(_world.NewAccountForm());

        AssertRefusedWithDcr1(label, () =>
        {
            if (reject) request.Reject(_world.MisAdministrator, Ssn, _world.Business);
            else request.ReturnForCorrection(_world.MisAdministrator, Ssn, _world.Business);
        });

        Assert.Equal(AccessRequestStatus.Submitted, request.Status);
        Assert.Null(request.DecisionNote);
    }

    [Fact]
    public void AccessRequest_Submit_WhenTheBusinessNeedHoldsAnSsn_IsRefusedWithDcr1() =>
        AssertRefusedWithDcr1("Business need", () => _world.Submit(_world.NewAccountForm() with { BusinessNeed = "Serves \uFF11\uFF12\uFF13456789." }));

    [Fact]
    public void Escalation_Decline_WhenTheReasonHoldsAnSsn_IsRefusedAndStaysOpen()
    {
        var request = _world.Approved(_world.NewAccountForm(group: DirectivePrivilegeGroups.Dvop));
        var escalation = Escalation.Raise(request, _world.MisAdministrator, _world.Group(DirectivePrivilegeGroups.Dvop), [],
            "Veteran outreach at the Auburn AJCC.", _world.Business);

        AssertRefusedWithDcr1("Reason", () => escalation.Decline(World.OperationsUnitUserId, Ssn, _world.Business));

        Assert.Equal(EscalationStatus.Open, escalation.Status);
    }

    [Fact]
    public void StaffAccount_SuspendByOperationsUnit_WhenTheReasonHoldsAnSsn_IsRefusedAndTheAccountStaysActive()
    {
        var account = _world.CreateAccount();
        var before = account.Status;

        AssertRefusedWithDcr1("Reason", () => account.SuspendByOperationsUnit(Ssn));

        Assert.Equal(before, account.Status);
        Assert.NotEqual(AccountStatus.Suspended, account.Status);
    }

    [Fact]
    public void Area_SuspendAdministrator_WhenTheReasonHoldsAnSsn_IsRefusedAndTheAdministratorIsNotSuspended()
    {
        var designation = _world.LocalArea.ActiveDesignations.Single(d => d.PersonId == _world.MisAdministrator.PersonId);

        AssertRefusedWithDcr1("Reason", () => _world.LocalArea.SuspendAdministrator(designation.Id, Ssn, _world.Clock.Today));

        Assert.False(designation.IsSuspended);
    }

    [Fact]
    public void MonitoringReview_RequestDocumentation_WhenTheNoteHoldsAnSsn_IsRefusedAndTheFindingStaysOpen()
    {
        var at = new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);
        var sampled = new SampledAccount(new SamplingCandidate(Guid.NewGuid(), Guid.NewGuid(), MonitoringStratum.New), "pat.staff", "Pat Staff",
            [new BrokenRule(RuleCode.Doc1, "The ISPA training certificate has not been uploaded.", "Upload it.")]);
        var review = MonitoringReview.Record(new Quarter(2026, 3), seed: 5, asOf: at, sizePerStratum: 59, [sampled], at);
        var finding = review.Findings.Single();

        AssertRefusedWithDcr1("Note", () => review.RequestDocumentation(finding.Id, Ssn, Guid.NewGuid(), at));

        Assert.Equal(FindingStatus.Open, finding.Status);
        Assert.Null(finding.RequestNote);
    }

    [Fact]
    public void Validators_WhenAFreeTextFieldHoldsAnSsn_ShowTheDcr1MessageBesideTheField()
    {
        Assert.Contains(new DecisionNoteModelValidator().Validate(new DecisionNoteModel { Note = Ssn }).Errors,
            e => e.PropertyName == nameof(DecisionNoteModel.Note) && e.ErrorMessage == SocialSecurityNumberShape.MessageFor("The note"));
        Assert.Contains(new IssueNoteModelValidator().Validate(new IssueNoteModel { Note = Ssn }).Errors,
            e => e.PropertyName == nameof(IssueNoteModel.Note) && e.ErrorMessage == SocialSecurityNumberShape.MessageFor("The message"));
        Assert.Contains(new NewIssueReportModelValidator().Validate(new NewIssueReportModel { Summary = "x", Description = Ssn }).Errors,
            e => e.PropertyName == nameof(NewIssueReportModel.Description) && e.ErrorMessage == SocialSecurityNumberShape.MessageFor("The description"));
        Assert.Contains(new SuspensionFormValidator().Validate(new SuspensionForm { Reason = Ssn }).Errors,
            e => e.PropertyName == nameof(SuspensionForm.Reason) && e.ErrorMessage == SocialSecurityNumberShape.MessageFor("The reason"));
        Assert.True(new DecisionNoteModelValidator().Validate(new DecisionNoteModel { Note = "Call 916-555-0142 about record 4821937." }).IsValid);
    }
}
