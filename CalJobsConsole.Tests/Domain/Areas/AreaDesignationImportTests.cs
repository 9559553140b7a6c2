using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.Areas;

/// <summary>Area.ImportDesignation: a seat held before the console, under the cap (CAP-1), with its training (DES-2).</summary>
public class AreaDesignationImportTests
{
    private readonly World world = new();

    private DateOnly Today => world.Business.Today;

    [Fact]
    public void ImportDesignation_WhenASeatIsFree_TakesTheLowestWithItsTraining()
    {
        var designation = world.LocalArea.ImportDesignation(Guid.NewGuid(), ContactDetails.Create("Harper Lee", "harper@example.gov"),
            Today.AddDays(-30), Today.AddDays(-20), null, World.OperationsUnitUserId, Today);

        Assert.Equal(2, designation.SeatNumber);
        Assert.Equal(Today.AddDays(-20), designation.TrainingCompletedOn);
        Assert.Equal(Today.AddDays(-30), designation.DesignatedOn);
    }

    [Fact]
    public void DesignationImportEligibility_WhenTheSeatsHeldReachTheCap_RefusesWithCap1() =>
        Assert.Equal(["CAP-1"], Area.DesignationImportEligibility("Golden Sierra", AreaKind.LocalArea, 3, Today.AddDays(-1), null, Today).Select(r => r.Code));

    [Fact]
    public void DesignationImportEligibility_WhenADivisionHoldsFour_AcceptsTheFifth() =>
        Assert.Empty(Area.DesignationImportEligibility("WSB Northern", AreaKind.FieldDivision, 4, Today.AddDays(-1), null, Today));

    [Fact]
    public void DesignationImportEligibility_WhenDatesAreInTheFuture_RefusesWithDes1AndDes2() =>
        Assert.Equal(["DES-1", "DES-2"], Area.DesignationImportEligibility("Golden Sierra", AreaKind.LocalArea, 0, Today.AddDays(1), Today.AddDays(2), Today).Select(r => r.Code));

    [Fact]
    public void ImportDesignation_WhenThePersonIsSeatedAlready_RefusesWithDes1()
    {
        var seated = world.LocalArea.ActiveDesignations.First();
        var refused = Assert.Throws<BusinessRuleViolationException>(() => world.LocalArea.ImportDesignation(seated.PersonId, seated.Contact,
            Today.AddDays(-1), null, null, World.OperationsUnitUserId, Today));
        Assert.Equal("DES-1", Assert.Single(refused.BrokenRules).Code);
    }
}
