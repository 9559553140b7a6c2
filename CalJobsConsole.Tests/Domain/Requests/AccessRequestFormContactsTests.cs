using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Requests;

/// <summary>
/// Issue 20's fuller Attachment 3: the requestor's title and phone on every request; the staff member's job title and phone on the
/// kinds that grant or keep access, offered on the others. Each missing or misshapen field is refused, naming it.
/// </summary>
public class AccessRequestFormContactsTests
{
    private readonly World _world = new();

    private InvalidInputException SubmitRefused(AccessRequestForm form) => Assert.Throws<InvalidInputException>(() => _world.Submit(form));

    private AccessRequestForm FormOf(AccessRequestKind kind) =>
        kind == AccessRequestKind.NewAccount ? _world.NewAccountForm() : _world.FormFor(_world.CreateAccount(), kind);

    [Fact]
    public void Submit_WhenComplete_KeepsTheTitlesAndPhonesTrimmed()
    {
        var request = _world.Submit(_world.NewAccountForm() with { StaffJobTitle = " Career Coach ", RequestorTitle = " Program Supervisor " });

        Assert.Equal("Career Coach", request.Form.StaffJobTitle);
        Assert.Equal("Program Supervisor", request.Form.RequestorTitle);
        Assert.Equal(World.RequestorPhone, request.Form.RequestorPhone);
        Assert.Equal(World.Phone, request.Form.Staff.Phone);
        Assert.True(request.Form.AskedContacts);
    }

    [Theory]
    [InlineData(AccessRequestKind.NewAccount)]
    [InlineData(AccessRequestKind.PasswordReset)]
    [InlineData(AccessRequestKind.Deactivation)]
    public void Submit_WhenTheRequestorsTitleIsMissing_IsRefusedNamingRequestorTitle(AccessRequestKind kind) =>
        Assert.Equal(nameof(AccessRequestForm.RequestorTitle), SubmitRefused(FormOf(kind) with { RequestorTitle = " " }).Field);

    [Theory]
    [InlineData(null)]
    [InlineData("555-0150")]
    public void Submit_WhenTheRequestorsPhoneIsMissingOrHasNoAreaCode_IsRefusedNamingRequestorPhone(string? phone) =>
        Assert.Equal(nameof(AccessRequestForm.RequestorPhone), SubmitRefused(_world.NewAccountForm() with { RequestorPhone = phone }).Field);

    [Theory]
    [InlineData(AccessRequestKind.NewAccount)]
    [InlineData(AccessRequestKind.AnnualRenewal)]
    [InlineData(AccessRequestKind.PrivilegeUpdate)]
    public void Submit_WhenAKindThatGrantsAccessHasNoStaffJobTitle_IsRefusedNamingStaffJobTitle(AccessRequestKind kind) =>
        Assert.Equal(nameof(AccessRequestForm.StaffJobTitle), SubmitRefused(FormOf(kind) with { StaffJobTitle = null }).Field);

    [Fact]
    public void Submit_WhenANewAccountHasNoStaffPhone_IsRefusedNamingPhone() =>
        Assert.Equal("Phone", SubmitRefused(_world.NewAccountForm() with { Staff = ContactDetails.Create("Pat Staff", "pat.staff@example.ca.gov") }).Field);

    [Theory]
    [InlineData(AccessRequestKind.PasswordReset)]
    [InlineData(AccessRequestKind.Deactivation)]
    public void Submit_WhenAResetOrDeactivationGivesNoStaffJobDetails_IsSubmitted(AccessRequestKind kind)
    {
        var account = _world.CreateAccount();
        var form = _world.FormFor(account, kind) with
        {
            Staff = ContactDetails.Create(account.Staff.FullName, account.Staff.Email), StaffJobTitle = null,
        };

        var request = _world.Submit(form);

        Assert.Null(request.Form.StaffJobTitle);
        Assert.Null(request.Form.Staff.Phone);
    }

    [Fact]
    public void Submit_WhenAResetGivesAMisshapenStaffPhone_IsRefusedNamingPhone()
    {
        var account = _world.CreateAccount();
        var form = _world.FormFor(account, AccessRequestKind.PasswordReset) with
        {
            Staff = ContactDetails.Create(account.Staff.FullName, account.Staff.Email, "ext 12"),
        };

        Assert.Equal("Phone", SubmitRefused(form).Field);
    }

    [Fact]
    public void Submit_WhenTheStaffJobTitleIsTooLong_IsRefusedNamingStaffJobTitle() =>
        Assert.Equal(nameof(AccessRequestForm.StaffJobTitle),
            SubmitRefused(_world.NewAccountForm() with { StaffJobTitle = new string('t', AccessRequestForm.MaxTitleLength + 1) }).Field);
}
