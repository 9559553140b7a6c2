using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Monitoring;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Monitoring;

/// <summary>MON-1's automatic findings per sampled account: evidence, attestations, renewal; timely deactivation with its form first.</summary>
public class MonitoringFindingsTests
{
    private static readonly Quarter Q1 = new(2026, 1); // the World starts on 2026-03-16

    private readonly World _world = new();

    [Fact]
    public void Evaluate_WhenANewAccountHasItsEvidenceAndCurrentAttestations_FindsNothing()
    {
        var account = _world.CreateAccount();

        var findings = Evaluate(account, MonitoringStratum.New, CreationEvidence(StaffKind.NonEdd));

        Assert.Empty(findings);
    }

    [Fact]
    public void Evaluate_WhenTheCreationEvidenceIsIncomplete_FindsDoc1ForEachMissingDocument()
    {
        var account = _world.CreateAccount();

        var findings = Evaluate(account, MonitoringStratum.New, [Document(DocumentKind.SystemAccessRequestForm, EvidenceMoment.Creation, 16)]);

        Assert.Equal(["DOC-1", "DOC-1"], findings.Select(f => f.Code));
        Assert.Contains(findings, f => f.Reason.Contains("ISPA training certificate"));
        Assert.Contains(findings, f => f.Reason.Contains("signed Attachment E-1"));
    }

    [Fact]
    public void Evaluate_WhenADocumentWasUploadedAfterTheQuarter_DoesNotCountIt()
    {
        var account = _world.CreateAccount();
        var evidence = CreationEvidence(StaffKind.NonEdd).Select(d => d.Kind == DocumentKind.SignedAttachmentE1 ? d with { UploadedOn = Q1.End } : d);

        var findings = Evaluate(account, MonitoringStratum.New, evidence);

        Assert.Equal("DOC-1", Assert.Single(findings).Code);
    }

    [Fact]
    public void Evaluate_WhenAnExistingAccountIsPastItsRenewalWithStaleAttestations_FindsRen1AndPre2()
    {
        var world = new World(new DateOnly(2025, 2, 1));
        var account = world.CreateAccount(); // attestations 2025-01-02, renewal due 2026-02-01

        var findings = MonitoringFindings.Evaluate(account, MonitoringStratum.Existing,
            CreationEvidence(StaffKind.NonEdd, new DateOnly(2025, 2, 1)), Q1, world.Policy);

        Assert.Equal(["PRE-2", "PRE-2", "REN-1"], findings.Select(f => f.Code).Order());
        Assert.Contains(findings, f => f.Code == "REN-1" && f.Reason.Contains("2026-02-01") && f.Reason.Contains("58 day(s) overdue"));
    }

    [Fact]
    public void Evaluate_WhenAnExistingAccountWasRenewed_ChecksTheRenewalsEvidenceNotTheCreations()
    {
        var world = new World(new DateOnly(2025, 3, 1));
        var account = world.CreateAccount();
        world.Clock.SetDate(new DateOnly(2026, 2, 20));
        var renewal = world.Approved(world.FormFor(account, AccessRequestKind.AnnualRenewal));
        account.Renew(renewal, world.MisAdministrator, world.FullEvidence(renewal), world.Business, world.Policy);

        var onlyCreation = MonitoringFindings.Evaluate(account, MonitoringStratum.Existing,
            CreationEvidence(StaffKind.NonEdd, new DateOnly(2025, 3, 1)), Q1, world.Policy);
        var withRenewal = MonitoringFindings.Evaluate(account, MonitoringStratum.Existing,
            CreationEvidence(StaffKind.NonEdd, new DateOnly(2025, 3, 1), EvidenceMoment.AnnualRenewal), Q1, world.Policy);

        Assert.Equal(["DOC-1", "DOC-1", "DOC-1"], onlyCreation.Select(f => f.Code));
        Assert.All(onlyCreation, f => Assert.Contains("annual renewal", f.Reason));
        Assert.Empty(withRenewal);
    }

    [Fact]
    public void Evaluate_WhenDeactivatedLateWithTheFormFirst_FindsDea1Only()
    {
        var account = _world.CreateAccount();
        _world.Clock.SetDate(new DateOnly(2026, 3, 25));
        var request = _world.Approved(_world.FormFor(account, AccessRequestKind.Deactivation, separationDate: new DateOnly(2026, 3, 16)));
        account.Deactivate(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business);

        var findings = Evaluate(account, MonitoringStratum.Deactivated, [Document(DocumentKind.SystemAccessRequestForm, EvidenceMoment.Deactivation, 25)]);

        var finding = Assert.Single(findings);
        Assert.Equal("DEA-1", finding.Code);
        Assert.Contains("9 day(s) after the separation date 2026-03-16", finding.Reason);
    }

    [Fact]
    public void Evaluate_WhenDeactivatedOnTimeButTheFormCameAfter_FindsDoc1Only()
    {
        var account = _world.CreateAccount();
        var request = _world.Approved(_world.FormFor(account, AccessRequestKind.Deactivation));
        account.Deactivate(request, _world.MisAdministrator, _world.FullEvidence(request), _world.Business);

        var late = Evaluate(account, MonitoringStratum.Deactivated, [Document(DocumentKind.SystemAccessRequestForm, EvidenceMoment.Deactivation, 17)]);
        var none = Evaluate(account, MonitoringStratum.Deactivated, []);
        var first = Evaluate(account, MonitoringStratum.Deactivated, [Document(DocumentKind.SystemAccessRequestForm, EvidenceMoment.Deactivation, 16)]);

        Assert.Equal("DOC-1", Assert.Single(late).Code);
        Assert.Contains("after the deactivation", late[0].Reason);
        Assert.Equal("DOC-1", Assert.Single(none).Code);
        Assert.Empty(first);
    }

    private IReadOnlyList<CalJobsConsole.Domain.Common.BrokenRule> Evaluate(StaffAccount account, MonitoringStratum stratum, IEnumerable<MonitoredDocument> documents) =>
        MonitoringFindings.Evaluate(account, stratum, documents, Q1, _world.Policy);

    private static MonitoredDocument Document(DocumentKind kind, EvidenceMoment act, int marchDay) => new(kind, act, new DateOnly(2026, 3, marchDay));

    private static IEnumerable<MonitoredDocument> CreationEvidence(StaffKind kind, DateOnly? on = null, EvidenceMoment act = EvidenceMoment.Creation) =>
        EvidenceRequirements.Required(act, kind).Select(k => new MonitoredDocument(k, act, on ?? new DateOnly(2026, 3, 16)));
}
