using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Signatures;
using Microsoft.Extensions.Time.Testing;

namespace CalJobsConsole.Tests.Domain.Signatures;

/// <summary>Issue 20: a signature is the signer's own name, typed under the statement; who, when and which version are kept.</summary>
public class SignatureTests
{
    private static readonly BusinessClock Clock = new(new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 17, 30, 0, TimeSpan.Zero)));
    private static readonly Guid Dana = Guid.NewGuid();

    [Theory]
    [InlineData("Dana Delgado", "Dana Delgado")]
    [InlineData("Dana Delgado", "  dana   DELGADO ")]
    [InlineData("José García", "José García")]
    [InlineData("José García", "jose garcia")]
    public void Sign_WhenTheNameTypedIsTheSignersOwn_RecordsWhoWhenAndTheStatementVersion(string onRecord, string typed)
    {
        var signature = Signature.Sign(AttestationStatement.DesignationForm, Dana, onRecord, typed, Clock);

        Assert.Equal(Dana, signature.SignerId);
        Assert.Equal(typed.Trim(), signature.SignerName);
        Assert.Equal(Clock.UtcNow, signature.SignedAt);
        Assert.Equal((AttestationStatement.DesignationForm.Key, AttestationStatement.CurrentVersion), (signature.StatementKey, signature.StatementVersion));
        Assert.Same(AttestationStatement.DesignationForm, signature.Statement);
    }

    [Theory]
    [InlineData("Dana Delgad")]
    [InlineData("Morgan Mills")]
    [InlineData("Dana")]
    [InlineData("Dana Delgado Jr")]
    public void Sign_WhenTheNameIsAnotherPersons_IsRefusedWithTheFormsRuleAndWhatToType(string typed)
    {
        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            Signature.Sign(AttestationStatement.AccessRequest, Dana, "Dana Delgado", typed, Clock));

        var broken = Assert.Single(ex.BrokenRules);
        Assert.Equal("REQ-1", broken.Code);
        Assert.Contains($"\"{typed}\", is not your name on record; nobody signs a form as another person", broken.Reason);
        Assert.Contains("Type your own full name as the console knows it, \"Dana Delgado\"", broken.Remedy);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Sign_WhenNoNameIsTyped_IsRefusedAskingForTheSignature(string? typed)
    {
        var ex = Assert.Throws<BusinessRuleViolationException>(() =>
            Signature.Sign(AttestationStatement.DataChange, Dana, "Dana Delgado", typed, Clock));

        var broken = Assert.Single(ex.BrokenRules);
        Assert.Equal("DCR-1", broken.Code);
        Assert.Contains("needs your signature", broken.Reason);
    }

    [Fact]
    public void Of_WhenTheSignatureIsAnothersOrOverAnotherStatement_IsRefused()
    {
        var signature = Signature.Sign(AttestationStatement.RequestApproval, Dana, "Dana Delgado", "Dana Delgado", Clock);

        Assert.Same(signature, signature.Of(Dana, AttestationStatement.RequestApproval));
        Assert.Throws<InvalidInputException>(() => signature.Of(Guid.NewGuid(), AttestationStatement.RequestApproval));
        Assert.Throws<InvalidInputException>(() => signature.Of(Dana, AttestationStatement.DataChange));
    }

    [Fact]
    public void Describe_ShowsTheSignerAndTheTimeInTheBusinessTimeZone()
    {
        var signature = Signature.Sign(AttestationStatement.DesignationForm, Dana, "Dana Delgado", "Dana Delgado", Clock);

        Assert.Equal("Dana Delgado, 2026-12-03 09:30 Pacific time", signature.Describe(Clock));
    }

    [Fact]
    public void Statements_EachHaveAKeyVersionRuleAndText_AndAreFoundByKeyAndVersion()
    {
        Assert.Equal(AttestationStatement.All.Count, AttestationStatement.All.Select(s => s.Key).Distinct().Count());
        Assert.All(AttestationStatement.All, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Text));
            Assert.Same(s, AttestationStatement.Find(s.Key, s.Version));
        });
        Assert.Null(AttestationStatement.Find("attachment-1", "1999-01"));
    }
}
