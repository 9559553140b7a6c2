using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.VosGreeter;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Domain.VosGreeter;

/// <summary>The <see cref="World"/>'s offices as VOS-1 sees them, with a setup for each and a moment to act at.</summary>
public abstract class VosGreeterTestBase
{
    protected World World { get; } = new();

    protected CheckInOffice TitleI => CheckInOffice.Of(World.PartnerOffice, World.LocalArea, World.Division);

    protected CheckInOffice WithoutTitleI => CheckInOffice.Of(World.WsbOnlyOffice, World.LocalArea, World.Division);

    protected CheckInOffice OtherArea => CheckInOffice.Of(World.OtherOffice, World.OtherLocalArea, World.Division);

    protected AdministratorActor Mis => World.MisAdministrator;

    protected AdministratorActor Spoc => World.Spoc;

    protected DateTimeOffset Now => World.Business.UtcNow;

    protected static OfficeCheckInSetup SetupOf(CheckInOffice office) => OfficeCheckInSetup.For(office.OfficeId);
}
