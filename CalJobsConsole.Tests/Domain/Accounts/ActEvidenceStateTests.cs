using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Accounts;

/// <summary>
/// DOC-1 as the compliance figures count it: the account keeps the request of its latest creation or renewal and whether
/// every document the table requires for that act was uploaded, judged again when that act's evidence changes.
/// </summary>
public class ActEvidenceStateTests
{
    private readonly World _world = new();

    [Fact]
    public void Create_WhenTheEvidenceIsComplete_JudgesTheAccountOnItsCreation()
    {
        var (account, act) = Created();

        Assert.Equal(act.Id, account.EvidencedActRequestId);
        Assert.True(account.ActEvidenceComplete);
    }

    [Fact]
    public void Renew_WhenCarriedOut_JudgesTheAccountOnTheRenewalInstead()
    {
        var account = _world.CreateAccount();
        var created = account.EvidencedActRequestId;
        _world.Clock.AdvanceDays(300);
        var renewal = Renewal(account);

        account.Renew(renewal, _world.MisAdministrator, _world.FullEvidence(renewal), _world.Business, _world.Policy);

        Assert.NotEqual(created, account.EvidencedActRequestId);
        Assert.Equal(renewal.Id, account.EvidencedActRequestId);
        Assert.True(account.ActEvidenceComplete);
    }

    [Fact]
    public void EvidenceChanged_WhenTheLatestActLacksARequiredKind_MarksTheEvidenceIncompleteUntilItIsUploaded()
    {
        var (account, act) = Created();

        account.EvidenceChanged(act, [DocumentKind.SystemAccessRequestForm, DocumentKind.SignedAttachmentE1]);
        Assert.False(account.ActEvidenceComplete);

        account.EvidenceChanged(act, [DocumentKind.SystemAccessRequestForm, DocumentKind.SignedAttachmentE1, DocumentKind.IspaCertificate]);
        Assert.True(account.ActEvidenceComplete);
    }

    [Fact]
    public void EvidenceChanged_WhenEddStaffHaveTheRequestForm_IsComplete()
    {
        var (account, act) = Created(StaffKind.Edd);
        account.EvidenceChanged(act, []);
        Assert.False(account.ActEvidenceComplete);

        account.EvidenceChanged(act, [DocumentKind.SystemAccessRequestForm]);

        Assert.True(account.ActEvidenceComplete);
    }

    [Fact]
    public void EvidenceChanged_WhenTheRequestIsNotTheLatestAct_ChangesNothing()
    {
        var account = _world.CreateAccount();
        var created = account.EvidencedActRequestId;
        var reset = _world.Approved(_world.FormFor(account, AccessRequestKind.PasswordReset));

        account.EvidenceChanged(reset, []);

        Assert.Equal(created, account.EvidencedActRequestId);
        Assert.True(account.ActEvidenceComplete);
    }

    private AccessRequest Renewal(StaffAccount account) =>
        _world.Approved(_world.FormFor(account, AccessRequestKind.AnnualRenewal));

    /// <summary>An account created the whole way (as <see cref="World.CreateAccount"/>), with the request it was created from.</summary>
    private (StaffAccount Account, AccessRequest Act) Created(StaffKind kind = StaffKind.NonEdd)
    {
        var request = _world.Approved(_world.NewAccountForm(kind, wsb: kind == StaffKind.Edd));
        var grant = new NewAccountGrant(request, "pat.staff", _world.Catalog.Groups.Single(g => g.Id == request.Form.RequestedGroupId), [],
            _world.FullEvidence(request));
        return (StaffAccount.Create(grant, _world.AdministratorFor(request.Form), _world.Business, _world.Policy), request);
    }
}
