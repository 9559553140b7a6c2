using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Monitoring;

namespace CalJobsConsole.Tests.Domain.Monitoring;

/// <summary>MON-1's review: findings followed up in order (request, answer, resolve); publishing freezes it.</summary>
public class MonitoringReviewTests
{
    private static readonly DateTimeOffset At = new(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Ops = Guid.NewGuid(), Admin = Guid.NewGuid();

    private static MonitoringReview Review(out Guid findingId)
    {
        var area = Guid.NewGuid();
        var sampled = new SampledAccount(new SamplingCandidate(Guid.NewGuid(), area, MonitoringStratum.New), "pat.staff", "Pat Staff",
            [new BrokenRule(RuleCode.Doc1, "The ISPA training certificate for this new account has not been uploaded.", "Upload it.")]);
        var compliant = new SampledAccount(new SamplingCandidate(Guid.NewGuid(), area, MonitoringStratum.Existing), "lee.ok", "Lee Ok", []);
        var review = MonitoringReview.Record(new Quarter(2026, 3), seed: 5, asOf: At, sizePerStratum: 59, [sampled, compliant], At);
        findingId = review.Findings.Single().Id;
        return review;
    }

    [Fact]
    public void Record_KeepsTheDrawAndTheFindingsPerSampledAccount()
    {
        var review = Review(out _);

        Assert.Equal(new Quarter(2026, 3), review.Quarter);
        Assert.Equal(5, review.Seed);
        Assert.Equal(2, review.Samples.Count);
        Assert.Single(review.Samples, s => s.IsCompliant);
        var finding = Assert.Single(review.Findings);
        Assert.Equal(("DOC-1", FindingStatus.Open), (finding.Code, finding.Status));
        Assert.Equal(RuleCode.Doc1, finding.Rule);
    }

    [Fact]
    public void Finding_RequestedAnsweredResolved_KeepsEachStep()
    {
        var review = Review(out var id);

        review.RequestDocumentation(id, "Please upload the certificate.", Ops, At);
        review.Answer(id, "Uploaded the certificate from the training portal.", Guid.NewGuid(), Admin, At.AddHours(2));
        review.Resolve(id, "Certificate on file.", Ops, At.AddHours(3));

        var finding = review.Finding(id);
        Assert.Equal(FindingStatus.Resolved, finding.Status);
        Assert.Equal("Please upload the certificate.", finding.RequestNote);
        Assert.Equal(Admin, finding.AnsweredById);
        Assert.NotNull(finding.AnswerDocumentId);
        Assert.Equal("Certificate on file.", finding.ResolutionNote);
        Assert.Equal(3, review.Version);
    }

    [Fact]
    public void Answer_WhenNoDocumentationWasRequested_IsRefusedWithMon1()
    {
        var review = Review(out var id);

        var refused = Assert.Throws<BusinessRuleViolationException>(() => review.Answer(id, "Nothing asked.", null, Admin, At));

        var rule = Assert.Single(refused.BrokenRules);
        Assert.Equal("MON-1", rule.Code);
        Assert.Contains("open", rule.Reason);
        Assert.Contains("documentation requested", rule.Remedy);
        Assert.Equal(FindingStatus.Open, review.Finding(id).Status);
    }

    [Fact]
    public void Resolve_Twice_IsRefusedWithMon1()
    {
        var review = Review(out var id);
        review.Resolve(id, "Seen.", Ops, At);

        var refused = Assert.Throws<BusinessRuleViolationException>(() => review.Resolve(id, "Again.", Ops, At));

        Assert.Equal("MON-1", Assert.Single(refused.BrokenRules).Code);
    }

    [Fact]
    public void AfterPublishing_NothingChanges_AndPublishingAgainIsRefused()
    {
        var review = Review(out var id);
        review.Publish(Ops, At.AddDays(10));

        var request = Assert.Throws<BusinessRuleViolationException>(() => review.RequestDocumentation(id, "More.", Ops, At.AddDays(11)));
        var again = Assert.Throws<BusinessRuleViolationException>(() => review.Publish(Ops, At.AddDays(11)));

        Assert.Equal(MonitoringReviewStatus.Published, review.Status);
        Assert.Contains("published on 2026-10-11", Assert.Single(request.BrokenRules).Reason);
        Assert.Equal("MON-1", Assert.Single(again.BrokenRules).Code);
        Assert.Equal(FindingStatus.Open, review.Finding(id).Status);
    }

    [Fact]
    public void RequestDocumentation_WithoutANote_IsRefusedNamingTheField()
    {
        var review = Review(out var id);

        var refused = Assert.Throws<InvalidInputException>(() => review.RequestDocumentation(id, "  ", Ops, At));

        Assert.Equal("Note", refused.Field);
    }
}
