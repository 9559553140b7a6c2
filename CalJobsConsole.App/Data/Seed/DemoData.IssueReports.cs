using CalJobsConsole.Domain.IssueReports;

namespace CalJobsConsole.App.Data.Seed;

/// <summary>ISS-1 demo: staff.sam's report, verified and submitted by mis.morgan, waiting in the Operations Unit's queue for a reply.</summary>
internal sealed partial class DemoData
{
    public List<IssueReport> IssueReports { get; } = [];

    private void BuildIssueReports()
    {
        var sam = Accounts.Single(a => a.Username == DemoSignIns.Staff);
        var report = IssueReport.Report(sam.Id, sam.AreaId, sam.OfficeId, "Job order search returns no results",
            "Searching job orders by ZIP code 95603 shows nothing, though the employer posted three orders yesterday.", On(DaysAgo(3), 9));
        report.VerifyAsSystemIssue(_morgan, On(DaysAgo(2), 11));
        report.SubmitToOperationsUnit(_morgan, IssueReportingForm.Complete("Job order search by ZIP code returns no results for open orders.",
            "Employer Services > Job Order Search", DaysAgo(3), new TimeOnly(8, 45), "1. Open Job Order Search. 2. Enter ZIP 95603. 3. Search.",
            "All Golden Sierra staff; job orders of Placer County employers.", "Microsoft Edge 131", "Windows 11 desktop", IssueUrgency.High,
            sam.Staff.Phone, sam.Staff.Email, On(DaysAgo(2), 11)), On(DaysAgo(2), 11));
        IssueReports.Add(report);
    }
}
