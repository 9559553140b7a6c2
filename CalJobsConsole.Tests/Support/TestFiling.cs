using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.App.Features.Records;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Tests.Features.Records;

namespace CalJobsConsole.Tests.Support;

/// <summary>The console's filing of form records (issue 20) for services built by hand in tests: the real renderer and an evidence store in the test's folder.</summary>
public static class TestFiling
{
    public static FormRecordFiling In(DataDirectory data, BusinessClock clock) => new(PdfText.Renderer(), new EvidenceStore(data), clock);

    /// <summary>The evidence store in <paramref name="database"/>'s own folder, where the evidence tests look too.</summary>
    public static FormRecordFiling In(TestDatabase database, BusinessClock clock) => In(Store(database), clock);

    public static DataDirectory Store(TestDatabase database) => new(database.Folder);
}
