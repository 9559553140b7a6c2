using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.IssueReports;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.IssueReports;

/// <summary>ISS-1's state machine: reported → verified → submitted → replied/resolved, or closed as user error; every step out of order refused.</summary>
public class IssueReportTests
{
    private readonly World _world = new();
    private readonly Guid _staffId = Guid.NewGuid();

    private IssueReport NewReport() =>
        IssueReport.Report(_staffId, _world.LocalArea.Id, _world.PartnerOffice.Id, "Case notes vanish", "Saved case notes disappear after a refresh.", _world.Business);

    private IssueReportingForm Form() =>
        TestIssueForms.Complete("Case notes vanish after saving.", "Case management > Case notes", _world.Clock.Today.AddDays(-1),
            "1. Open a participant. 2. Add a case note. 3. Save and refresh.", "staff.sam; participant 12345", _world.Business);

    private IssueReport Submitted()
    {
        var report = NewReport();
        report.VerifyAsSystemIssue(_world.MisAdministrator, _world.Business);
        report.SubmitToOperationsUnit(_world.MisAdministrator, Form(), _world.Business);
        return report;
    }

    private static void AssertRefused(string code, Action act) =>
        Assert.Contains(code, Assert.Throws<BusinessRuleViolationException>(act).Codes);

    [Fact]
    public void Report_ByAStaffMember_IsReportedToTheirArea()
    {
        var report = NewReport();

        Assert.Equal(IssueReportStatus.Reported, report.Status);
        Assert.Equal(_world.LocalArea.Id, report.AreaId);
        Assert.Equal(_world.Clock.UtcNow, report.ReportedAt);
    }

    [Fact]
    public void Report_WithoutAStaffAccount_IsRefusedWithIss1() =>
        AssertRefused("ISS-1", () => IssueReport.Report(null, _world.LocalArea.Id, _world.PartnerOffice.Id, "x", "y", _world.Business));

    [Fact]
    public void Report_WithoutASummary_NamesTheField()
    {
        var refused = Assert.Throws<InvalidInputException>(() =>
            IssueReport.Report(_staffId, _world.LocalArea.Id, _world.PartnerOffice.Id, " ", "y", _world.Business));
        Assert.Equal(nameof(IssueReport.Summary), refused.Field);
    }

    [Fact]
    public void Submit_WhenVerifiedByTheAreaAdministrator_GoesToTheOperationsUnitWithTheForm()
    {
        var report = Submitted();

        Assert.Equal(IssueReportStatus.SubmittedToOperationsUnit, report.Status);
        Assert.Equal("Case management > Case notes", report.Form!.Where);
        Assert.Equal(_world.MisAdministrator.PersonId, report.HandledById);
    }

    [Fact]
    public void Submit_ByStaffWithNoAdministratorSeat_IsRefusedWithIss1()
    {
        var report = NewReport();

        AssertRefused("ISS-1", () => report.SubmitToOperationsUnit(null, Form(), _world.Business));
        Assert.Equal(IssueReportStatus.Reported, report.Status);
    }

    [Fact]
    public void Submit_WhenNotVerified_IsRefusedWithIss1()
    {
        var report = NewReport();

        AssertRefused("ISS-1", () => report.SubmitToOperationsUnit(_world.MisAdministrator, Form(), _world.Business));
    }

    [Fact]
    public void Submit_Twice_IsRefusedWithIss1()
    {
        var report = Submitted();

        AssertRefused("ISS-1", () => report.SubmitToOperationsUnit(_world.MisAdministrator, Form(), _world.Business));
    }

    [Fact]
    public void Verify_ByAnAdministratorOfAnotherArea_IsRefusedWithSco1()
    {
        var other = _world.Designate(_world.OtherLocalArea, "Other MIS", trained: true);

        AssertRefused("SCO-1", () => NewReport().VerifyAsSystemIssue(other, _world.Business));
    }

    [Fact]
    public void Verify_ByAnUntrainedAdministrator_IsRefusedWithDes2()
    {
        var untrained = _world.Designate(_world.LocalArea, "New MIS", trained: false);

        AssertRefused("DES-2", () => NewReport().VerifyAsSystemIssue(untrained, _world.Business));
    }

    [Fact]
    public void Verify_Twice_IsRefusedWithIss1()
    {
        var report = NewReport();
        report.VerifyAsSystemIssue(_world.MisAdministrator, _world.Business);

        AssertRefused("ISS-1", () => report.VerifyAsSystemIssue(_world.MisAdministrator, _world.Business));
    }

    [Fact]
    public void CloseAsUserError_WhenReported_ClosesWithTheNote()
    {
        var report = NewReport();

        report.CloseAsUserError(_world.MisAdministrator, "Use Save, not the browser's back button.", _world.Business);

        Assert.Equal(IssueReportStatus.ClosedAsUserError, report.Status);
        Assert.Equal("Use Save, not the browser's back button.", report.UserErrorNote);
    }

    [Fact]
    public void CloseAsUserError_WhenSubmitted_IsRefusedWithIss1() =>
        AssertRefused("ISS-1", () => Submitted().CloseAsUserError(_world.MisAdministrator, "Too late.", _world.Business));

    [Fact]
    public void Reply_WhenStillWithTheAdministrator_IsRefusedWithIss1() =>
        AssertRefused("ISS-1", () => NewReport().ReplyFromOperationsUnit(World.OperationsUnitUserId, "Looking.", resolve: false, _world.Business));

    [Fact]
    public void Reply_WithResolve_ResolvesAndRefusesFurtherReplies()
    {
        var report = Submitted();
        report.ReplyFromOperationsUnit(World.OperationsUnitUserId, "We are looking at it.", resolve: false, _world.Business);
        report.ReplyFromOperationsUnit(World.OperationsUnitUserId, "Fixed in the 4.2 release.", resolve: true, _world.Business);

        Assert.Equal(IssueReportStatus.Resolved, report.Status);
        Assert.Equal(2, report.UnrelayedReplies.Count);
        AssertRefused("ISS-1", () => report.ReplyFromOperationsUnit(World.OperationsUnitUserId, "More.", resolve: false, _world.Business));
    }

    [Fact]
    public void Relay_OfAReply_ReachesTheStaffMemberOnce()
    {
        var report = Submitted();
        var reply = report.ReplyFromOperationsUnit(World.OperationsUnitUserId, "Fixed.", resolve: true, _world.Business);

        var update = report.RelayToStaff(_world.MisAdministrator, reply.Id, "The Operations Unit fixed it.", _world.Business);

        Assert.Equal(IssueMessageKind.RelayedToStaff, update.Kind);
        Assert.Empty(report.UnrelayedReplies);
        AssertRefused("ISS-1", () => report.RelayToStaff(_world.MisAdministrator, reply.Id, "Again.", _world.Business));
    }

    [Fact]
    public void Relay_WithoutAReply_IsRefusedWithIss1() =>
        AssertRefused("ISS-1", () => Submitted().RelayToStaff(_world.MisAdministrator, Guid.NewGuid(), "Nothing yet.", _world.Business));

    [Fact]
    public void AttachScreenshot_BeforeVerification_IsRefusedWithIss1() =>
        AssertRefused("ISS-1", () => NewReport().AttachScreenshot(_world.MisAdministrator, "screen.png", EvidenceFileType.Png, new string('a', 64), 10, _world.Business));

    [Fact]
    public void Form_DatedInTheFuture_NamesTheField()
    {
        var refused = Assert.Throws<InvalidInputException>(() => TestIssueForms.Complete("a", "b", _world.Clock.Today.AddDays(1), "c", "d", _world.Business));
        Assert.Equal(nameof(IssueReportingForm.OccurredOn), refused.Field);
    }
}
