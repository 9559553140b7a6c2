using CalJobsConsole.App.Features.Requests;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.Tests.Features.Requests;

/// <summary>The shape of Attachment 3, per kind of request.</summary>
public class RequestFormModelValidatorTests
{
    private readonly RequestFormModelValidator _validator = new();

    private IReadOnlyList<string> Missing(AccessRequestKind kind) =>
        _validator.Validate(new RequestFormModel { Kind = kind }).Errors.Select(e => e.PropertyName).Distinct().Order().ToList();

    private static readonly string[] Always =
    [
        nameof(RequestFormModel.Email), nameof(RequestFormModel.FullName), nameof(RequestFormModel.OfficeId), nameof(RequestFormModel.StaffKind),
        nameof(RequestFormModel.VerifiedAttestations), nameof(RequestFormModel.VerifiedBusinessNeed), nameof(RequestFormModel.SignatureName),
        nameof(RequestFormModel.RequestorTitle), nameof(RequestFormModel.RequestorPhone),
    ];

    [Theory]
    [InlineData(AccessRequestKind.NewAccount, new[] { "IspaCompletedOn", "RequestedGroupId", "StaffJobTitle", "StaffPhone", "StatementDate" })]
    [InlineData(AccessRequestKind.PasswordReset, new[] { "AccountId" })]
    [InlineData(AccessRequestKind.PrivilegeUpdate, new[] { "AccountId", "RequestedGroupId", "StaffJobTitle", "StaffPhone" })]
    [InlineData(AccessRequestKind.AnnualRenewal, new[] { "AccountId", "IspaCompletedOn", "StaffJobTitle", "StaffPhone", "StatementDate" })]
    [InlineData(AccessRequestKind.Deactivation, new[] { "AccountId", "SeparationDate" })]
    public void Validate_WhenAFormOfThisKindIsEmpty_NamesEveryFieldTheKindNeeds(AccessRequestKind kind, string[] kindFields)
    {
        Assert.Equal(Always.Concat(kindFields).Order().ToList(), Missing(kind));
    }

    [Fact]
    public void Validate_WhenTheEmailHasNoAt_GivesTheFormatMessage()
    {
        var result = _validator.Validate(new RequestFormModel { Email = "pat.example.ca.gov" });

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(RequestFormModel.Email) && e.ErrorMessage.Contains("one '@'"));
    }

    [Fact]
    public void Validate_WhenAPasswordResetHasNoGroupOrDates_DoesNotAskForThem()
    {
        var errors = Missing(AccessRequestKind.PasswordReset);

        Assert.DoesNotContain(nameof(RequestFormModel.RequestedGroupId), errors);
        Assert.DoesNotContain(nameof(RequestFormModel.StatementDate), errors);
        Assert.DoesNotContain(nameof(RequestFormModel.SeparationDate), errors);
    }

    [Theory]
    [InlineData("555-0100")]
    [InlineData("ask reception")]
    public void Validate_WhenAPhoneHasNoAreaCode_GivesThePhoneMessageBesideEachPhone(string phone)
    {
        var result = _validator.Validate(new RequestFormModel { Kind = AccessRequestKind.PasswordReset, StaffPhone = phone, RequestorPhone = phone });

        foreach (var field in new[] { nameof(RequestFormModel.StaffPhone), nameof(RequestFormModel.RequestorPhone) })
            Assert.Contains(result.Errors, e => e.PropertyName == field && e.ErrorMessage.Contains("with its area code"));
    }

    [Fact]
    public void Validate_WhenTheTitlesAreTooLong_SaysSoForEach()
    {
        var tooLong = new string('t', AccessRequestForm.MaxTitleLength + 1);

        var result = _validator.Validate(new RequestFormModel { StaffJobTitle = tooLong, RequestorTitle = tooLong });

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(RequestFormModel.StaffJobTitle) && e.ErrorCode == "MaximumLengthValidator");
        Assert.Contains(result.Errors, e => e.PropertyName == nameof(RequestFormModel.RequestorTitle) && e.ErrorCode == "MaximumLengthValidator");
    }

    [Fact]
    public void Validate_WhenAResetOrDeactivationLeavesTheStaffJobDetailsBlank_DoesNotAskForThem()
    {
        foreach (var kind in new[] { AccessRequestKind.PasswordReset, AccessRequestKind.Deactivation })
        {
            var errors = Missing(kind);
            Assert.DoesNotContain(nameof(RequestFormModel.StaffJobTitle), errors);
            Assert.DoesNotContain(nameof(RequestFormModel.StaffPhone), errors);
        }
    }
}
