using CalJobsConsole.Domain.VosGreeter;

namespace CalJobsConsole.App.Data.Seed;

/// <summary>
/// VOSGreeter check-in reasons (VOS-1): Auburn AJCC (Title I partner) set up by Golden Sierra's MIS Administrator, with a
/// SPOC's proposal accepted and one waiting; Roseville EDD Office (no Title I partner) set up by the Northern Division's SPOC.
/// </summary>
internal sealed partial class DemoData
{
    public List<OfficeCheckInSetup> CheckInSetups { get; } = [];

    private void BuildVosGreeter()
    {
        var auburn = CheckInOffice.Of(_auburn, _goldenSierra, _northern);
        var auburnSetup = OfficeCheckInSetup.For(auburn.OfficeId);
        auburnSetup.AddReason(_morgan, auburn, "WIOA orientation", CheckInProgram.WioaTitleI);
        auburnSetup.AddReason(_morgan, auburn, "Meet my career counselor", CheckInProgram.WioaTitleI);
        auburnSetup.AddReason(_morgan, auburn, "Resource room / computer use", CheckInProgram.General);
        var accepted = auburnSetup.Propose(_sky, auburn, "Job search help (Wagner-Peyser)", CheckInProgram.WagnerPeyser, On(DaysAgo(20)).UtcNow);
        auburnSetup.AcceptProposal(_morgan, auburn, accepted.Id, On(DaysAgo(19)).UtcNow);
        auburnSetup.Propose(_sky, auburn, "Veterans services (JVSG)", CheckInProgram.Veterans, On(DaysAgo(2)).UtcNow);
        CheckInSetups.Add(auburnSetup);

        var roseville = CheckInOffice.Of(_roseville, _goldenSierra, _northern);
        var rosevilleSetup = OfficeCheckInSetup.For(roseville.OfficeId);
        rosevilleSetup.AddReason(_sky, roseville, "Job search help", CheckInProgram.WagnerPeyser);
        rosevilleSetup.AddReason(_sky, roseville, "Veterans services (JVSG)", CheckInProgram.Veterans);
        var taa = rosevilleSetup.AddReason(_sky, roseville, "Trade Adjustment Assistance", CheckInProgram.TradeAdjustmentAssistance);
        rosevilleSetup.SetReasonActive(_sky, roseville, taa.Id, active: false);
        CheckInSetups.Add(rosevilleSetup);
    }
}
