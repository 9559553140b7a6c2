using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Accounts;

/// <summary>StaffAccount.Import: an existing account is kept only when every rule holds, and every broken one is named at once.</summary>
public class StaffAccountImportTests
{
    private readonly World world = new();

    private DateOnly Today => world.Business.Today;

    private PrivilegeGroup Group(string name) => world.Groups.Single(g => g.Name == name);

    private ImportedAccount Valid(Func<ImportedAccount, ImportedAccount>? change = null)
    {
        var created = Today.AddDays(-100);
        var account = new ImportedAccount("pat.okafor", ContactDetails.Create("Pat Okafor", "pat@example.gov"), StaffKind.NonEdd,
            world.LocalArea.Id, world.PartnerOffice.Id, Guid.NewGuid(), Group(DirectivePrivilegeGroups.LwiaCboStaff), created.AddDays(-10),
            ConfidentialityStatement.Signed(ConfidentialityStatementKind.AttachmentE1, created.AddDays(-5)), created, null, created.AddYears(1),
            AccountStatus.Active, null, null, null);
        return change is null ? account : change(account);
    }

    private IReadOnlyList<string> Codes(ImportedAccount account, Area? area = null) =>
        StaffAccount.ImportEligibility(account, area ?? world.LocalArea, world.PartnerOffice, Today, world.Policy).Select(r => r.Code).ToList();

    [Fact]
    public void Import_WhenEveryRuleHolds_KeepsTheStateTheFileGives()
    {
        var account = StaffAccount.Import(Valid(a => a with { Status = AccountStatus.Suspended, SuspensionCause = SuspensionCause.OperationsUnit }),
            world.LocalArea, world.PartnerOffice, Today, world.Policy);

        Assert.Equal(AccountStatus.Suspended, account.Status);
        Assert.Equal(SuspensionCause.OperationsUnit, account.SuspensionCause);
        Assert.Equal(Today.AddDays(-100).AddYears(1), account.RenewalDueOn);
        Assert.Null(account.TemporaryCredential);
        Assert.NotNull(account.ActivatedOn);
    }

    [Fact]
    public void Import_WhenDeactivatedAfterSeparation_RecordsTheDaysLate()
    {
        var created = Today.AddDays(-100);
        var account = StaffAccount.Import(Valid(a => a with
        {
            Status = AccountStatus.Deactivated, SeparationDate = created.AddDays(10), DeactivatedOn = created.AddDays(14),
        }), world.LocalArea, world.PartnerOffice, Today, world.Policy);

        Assert.Equal(4, account.DeactivationDaysLate);
    }

    [Fact]
    public void ImportEligibility_WhenTheGroupIsAWsbGroupInALocalArea_RefusesWithGrp1()
    {
        Assert.Equal(["GRP-1"], Codes(Valid(a => a with { Group = Group(DirectivePrivilegeGroups.Dvop) })));
    }

    [Fact]
    public void ImportEligibility_WhenTheGroupIsAnLwiaGroupInADivision_RefusesWithGrp2()
    {
        var account = Valid(a => a with { AreaId = world.Division.Id });
        Assert.Equal(["GRP-2"], Codes(account, world.Division));
    }

    [Fact]
    public void ImportEligibility_WhenTheGroupIsOneOnlyTheOperationsUnitGrants_AcceptsIt() =>
        Assert.Empty(Codes(Valid(a => a with { Group = Group("State Monitor") })));

    [Fact]
    public void ImportEligibility_WhenTheOfficeIsNotInTheArea_RefusesWithSco1() =>
        Assert.Equal(["SCO-1"], StaffAccount.ImportEligibility(Valid(), world.LocalArea, world.OtherOffice, Today, world.Policy).Select(r => r.Code));

    [Fact]
    public void ImportEligibility_WhenTheStatementIsTheOtherKindAndIspaIsMissing_NamesBothPre1()
    {
        var account = Valid(a => a with
        {
            IspaCompletedOn = null, Statement = ConfidentialityStatement.Signed(ConfidentialityStatementKind.De7410, a.CreatedOn),
        });

        var broken = StaffAccount.ImportEligibility(account, world.LocalArea, world.PartnerOffice, Today, world.Policy);

        Assert.Equal(["PRE-1", "PRE-1"], broken.Select(r => r.Code));
        Assert.Contains(broken, r => r.Message.Contains("Non-EDD staff sign the Attachment E-1"));
    }

    [Fact]
    public void ImportEligibility_WhenIspaWasOlderThan12MonthsAtTheLastAct_RefusesWithPre2()
    {
        var broken = StaffAccount.ImportEligibility(Valid(a => a with { IspaCompletedOn = a.CreatedOn.AddMonths(-13) }), world.LocalArea,
            world.PartnerOffice, Today, world.Policy);

        Assert.Equal("PRE-2", Assert.Single(broken).Code);
        Assert.Contains("last creation or renewal", broken[0].Reason);
    }

    [Fact]
    public void ImportEligibility_WhenTheRenewalDueDateIsNotAYearAfterTheLastAct_RefusesWithRen1AndSaysTheDate()
    {
        var account = Valid(a => a with { RenewalDueOn = a.CreatedOn.AddYears(2) });
        var broken = StaffAccount.ImportEligibility(account, world.LocalArea, world.PartnerOffice, Today, world.Policy);

        Assert.Equal("REN-1", Assert.Single(broken).Code);
        Assert.Contains($"Set RenewalDueOn to {account.CreatedOn.AddYears(1):yyyy-MM-dd}", broken[0].Remedy);
    }

    [Fact]
    public void ImportEligibility_WhenCreatedInTheFuture_RefusesWithRen1() =>
        Assert.Contains("REN-1", Codes(Valid(a => a with { CreatedOn = Today.AddDays(3), RenewalDueOn = Today.AddDays(3).AddYears(1) })));

    [Fact]
    public void ImportEligibility_WhenSuspendedWithoutACause_RefusesWithRev1() =>
        Assert.Equal(["REV-1"], Codes(Valid(a => a with { Status = AccountStatus.Suspended })));

    [Fact]
    public void ImportEligibility_WhenSuspendedForAnOverdueRenewalNotYetDue_RefusesWithRev1() =>
        Assert.Equal(["REV-1"], Codes(Valid(a => a with { Status = AccountStatus.Suspended, SuspensionCause = SuspensionCause.OverdueRenewal })));

    [Fact]
    public void ImportEligibility_WhenDeactivatedWithoutADate_RefusesWithDea1() =>
        Assert.Equal(["DEA-1"], Codes(Valid(a => a with { Status = AccountStatus.Deactivated })));

    [Fact]
    public void ImportEligibility_WhenDeactivatedInTheFuture_RefusesWithDea1() =>
        Assert.Equal(["DEA-1"], Codes(Valid(a => a with { Status = AccountStatus.Deactivated, DeactivatedOn = Today.AddDays(2) })));

    [Fact]
    public void ImportEligibility_WhenSeveralRulesBreak_NamesEveryOneAtOnce() =>
        Assert.Equal(["GRP-1", "PRE-1", "REN-1", "REV-1"], Codes(Valid(a => a with
        {
            Group = Group(DirectivePrivilegeGroups.Lver), IspaCompletedOn = null, RenewalDueOn = a.RenewalDueOn.AddDays(1), SuspensionCause = SuspensionCause.OperationsUnit,
        })));

    [Fact]
    public void Import_WhenARuleBreaks_ThrowsWithEveryBrokenRule()
    {
        var refused = Assert.Throws<BusinessRuleViolationException>(() =>
            StaffAccount.Import(Valid(a => a with { IspaCompletedOn = null, Status = AccountStatus.Deactivated }), world.LocalArea, world.PartnerOffice, Today, world.Policy));
        Assert.Equal(["PRE-1", "DEA-1"], refused.BrokenRules.Select(r => r.Code));
    }
}
