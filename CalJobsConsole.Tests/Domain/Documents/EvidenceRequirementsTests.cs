using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Documents;

/// <summary>DOC-1's evidence table: what each act needs uploaded, by kind of staff.</summary>
public class EvidenceRequirementsTests
{
    private static readonly DocumentKind[] FormOnly = [DocumentKind.SystemAccessRequestForm];

    private static readonly DocumentKind[] FormCertificateAndE1 =
        [DocumentKind.SystemAccessRequestForm, DocumentKind.IspaCertificate, DocumentKind.SignedAttachmentE1];

    private readonly TestClock _clock = new(World.StartDate);

    [Fact]
    public void Required_AtCreationForEddStaff_IsOnlyTheRequestForm() =>
        Assert.Equal(FormOnly, EvidenceRequirements.Required(EvidenceMoment.Creation, StaffKind.Edd));

    [Fact]
    public void Required_AtCreationForNonEddStaff_IsTheRequestFormIspaCertificateAndE1() =>
        Assert.Equal(FormCertificateAndE1, EvidenceRequirements.Required(EvidenceMoment.Creation, StaffKind.NonEdd));

    [Fact]
    public void Required_AtRenewalForEddStaff_IsOnlyTheRequestForm() =>
        Assert.Equal(FormOnly, EvidenceRequirements.Required(EvidenceMoment.AnnualRenewal, StaffKind.Edd));

    [Fact]
    public void Required_AtRenewalForNonEddStaff_IsTheRequestFormIspaCertificateAndE1() =>
        Assert.Equal(FormCertificateAndE1, EvidenceRequirements.Required(EvidenceMoment.AnnualRenewal, StaffKind.NonEdd));

    [Theory]
    [InlineData(StaffKind.Edd)]
    [InlineData(StaffKind.NonEdd)]
    public void Required_ForPasswordReset_IsOnlyTheRequestForm(StaffKind staffKind) =>
        Assert.Equal(FormOnly, EvidenceRequirements.Required(EvidenceMoment.PasswordReset, staffKind));

    [Theory]
    [InlineData(StaffKind.Edd)]
    [InlineData(StaffKind.NonEdd)]
    public void Required_ForDeactivation_IsOnlyTheRequestForm(StaffKind staffKind) =>
        Assert.Equal(FormOnly, EvidenceRequirements.Required(EvidenceMoment.Deactivation, staffKind));

    [Fact]
    public void Missing_WhenNonEddCreationHasOnlyTheRequestForm_ListsIspaCertificateAndE1()
    {
        var missing = EvidenceRequirements.Missing(EvidenceMoment.Creation, StaffKind.NonEdd,
            [Uploaded(DocumentKind.SystemAccessRequestForm)]);

        Assert.Equal(["DOC-1", "DOC-1"], missing.Select(r => r.Code));
        Assert.Contains(DocumentKind.IspaCertificate.DisplayName(), missing[0].Reason);
        Assert.Contains(DocumentKind.SignedAttachmentE1.DisplayName(), missing[1].Reason);
    }

    [Fact]
    public void Missing_WhenNonEddRenewalHasNothing_ListsAllThree()
    {
        var missing = EvidenceRequirements.Missing(EvidenceMoment.AnnualRenewal, StaffKind.NonEdd, []);

        Assert.Equal(["DOC-1", "DOC-1", "DOC-1"], missing.Select(r => r.Code));
        Assert.All(missing, r => Assert.Contains("annual renewal", r.Reason));
    }

    [Fact]
    public void Missing_WhenEddCreationHasTheRequestForm_IsEmpty() =>
        Assert.Empty(EvidenceRequirements.Missing(EvidenceMoment.Creation, StaffKind.Edd, [Uploaded(DocumentKind.SystemAccessRequestForm)]));

    [Fact]
    public void Missing_WhenNonEddCreationHasEveryDocument_IsEmpty() =>
        Assert.Empty(EvidenceRequirements.Missing(EvidenceMoment.Creation, StaffKind.NonEdd,
            [Uploaded(DocumentKind.SystemAccessRequestForm), Uploaded(DocumentKind.IspaCertificate), Uploaded(DocumentKind.SignedAttachmentE1)]));

    [Fact]
    public void Missing_WhenDeactivationHasOnlyOtherKinds_ListsTheRequestForm()
    {
        var missing = EvidenceRequirements.Missing(EvidenceMoment.Deactivation, StaffKind.NonEdd,
            [Uploaded(DocumentKind.IspaCertificate), Uploaded(DocumentKind.SignedAttachmentE1)]);

        var rule = Assert.Single(missing);
        Assert.Equal("DOC-1", rule.Code);
        Assert.Contains("deactivation", rule.Reason);
    }

    [Fact]
    public void Missing_WhenPasswordResetHasNothing_ListsTheRequestForm() =>
        Assert.Equal(["DOC-1"], EvidenceRequirements.Missing(EvidenceMoment.PasswordReset, StaffKind.Edd, []).Select(r => r.Code));

    private EvidenceDocument Uploaded(DocumentKind kind) =>
        EvidenceDocument.Upload(Guid.NewGuid(), kind, $"{kind}.pdf", EvidenceFileType.Pdf, new string('c', 64), 2048, Guid.NewGuid(), _clock);
}
