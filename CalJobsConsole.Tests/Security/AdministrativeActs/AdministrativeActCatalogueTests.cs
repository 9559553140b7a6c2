using System.Reflection;
using System.Text.RegularExpressions;
using CalJobsConsole.App.Features;

namespace CalJobsConsole.Tests.Security.AdministrativeActs;

/// <summary>
/// A new act cannot slip past the table: every public method of a feature <c>*Service</c> that may change state is either a
/// row of <see cref="AdministrativeActs"/> (so <see cref="AdministrativeActTableTests"/> proves it passes the gate) or on the
/// short list below of acts that are not an administrator's, each with its reason. A method is taken to read — and is left
/// out — only when it returns no <see cref="ActOutcome"/> and its name starts with a reading word.
/// </summary>
public partial class AdministrativeActCatalogueTests
{
    /// <summary>The first word of a method that only reads ("ListAsync", "QueueAsync", "DetailAsync"…).</summary>
    private static readonly HashSet<string> ReadingWords =
    [
        "List", "Get", "Load", "Open", "Find", "Search", "Read", "Count", "Page", "Detail", "Desk", "Queue", "Mine", "My", "Inbox",
        "Overview", "Areas", "Area", "Offices", "Office", "Seats", "Staff", "Places", "Signed", "Published", "Audience", "Latest",
        "Options", "Unread", "Results", "Finding", "Documentation", "Account", "Own", "Signer", "Directed", "For", "Current",
        "Password", "Correction", "Review", "Export", "Csv",
    ];

    /// <summary>Reads whose first word is also an act's ("RequestDocumentationAsync" acts; "RequestEvidenceAsync" reads).</summary>
    private static readonly HashSet<string> ReadingMethods = ["RequestAsync", "RequestEvidenceAsync", "ReportViewAsync", "CheckDrawAsync"];

    /// <summary>Acts that change state but are not an administrator's, so no gate applies: each with its reason.</summary>
    private static readonly Dictionary<string, string> NotAdministrative = new()
    {
        ["RequestIntakeService.SubmitAsync"] = "a requestor files a System Access Request for their own staff (REQ-1)",
        ["RequestIntakeService.CorrectAsync"] = "a requestor corrects their own request returned for correction (REQ-1)",
        ["DataChangeRequestService.FileAsync"] = "staff or a requestor file a data change request for their own records (DCR-1)",
        ["IssueReportService.ReportAsync"] = "a staff member reports a problem with their own CalJOBS use (ISS-1)",
        ["DesignationFormService.SubmitAsync"] = "a Director, Division Chief or their designee signs an Attachment 1 (DES-1)",
        ["DesigneeService.NameAsync"] = "a Director names who may sign Attachment 1 for the area (DES-1)",
        ["DesigneeService.WithdrawAsync"] = "a Director withdraws a designee they named (DES-1)",
        ["ImportService.UploadAsAsync"] = "the import command line's upload: the command refuses (SCO-1) an --as that is not an Operations Unit member; the page's act is UploadAsync",
        ["InvitationService.AcceptAsync"] = "the invited person chooses their own password with the single-use link sent to them (issue 18); no one is signed in",
        ["ImportService.ConfirmAsAsync"] = "the import command line's --commit, as the Operations Unit member --as names (checked by the command); the page's act is ConfirmAsync",
    };

    [Fact]
    public void FeatureServices_WhenReflected_EachActIsInTheTableOrNamedAsNotAdministrative()
    {
        var tabled = AdministrativeActs.All.Select(a => a.Name).ToHashSet();

        var unlisted = Acts().Where(name => !tabled.Contains(name) && !NotAdministrative.ContainsKey(name)).ToList();

        Assert.NotEmpty(Acts());
        Assert.True(unlisted.Count == 0, "Not in the table of administrative acts nor named as not administrative:\n" + string.Join("\n", unlisted));
    }

    [Fact]
    public void TableAndAllowList_WhenRead_NameOnlyMethodsThatExist()
    {
        var methods = FeatureServiceTypes().SelectMany(t => PublicMethods(t).Select(m => $"{t.Name}.{m.Name}")).ToHashSet();

        var stale = AdministrativeActs.All.Select(a => a.Name).Concat(NotAdministrative.Keys).Where(name => !methods.Contains(name)).ToList();

        Assert.True(stale.Count == 0, "Named but no such public service method:\n" + string.Join("\n", stale));
    }

    private static List<string> Acts() => FeatureServiceTypes()
        .SelectMany(t => PublicMethods(t).Where(IsAct).Select(m => $"{t.Name}.{m.Name}"))
        .Distinct()
        .ToList();

    private static bool IsAct(MethodInfo method) =>
        ReturnsOutcome(method.ReturnType) || !(ReadingWords.Contains(FirstWord().Match(method.Name).Value) || ReadingMethods.Contains(method.Name));

    private static bool ReturnsOutcome(Type type) =>
        typeof(ActOutcome).IsAssignableFrom(type) || (type.IsGenericType && type.GetGenericArguments().Any(ReturnsOutcome));

    private static IEnumerable<Type> FeatureServiceTypes() => typeof(ActOutcome).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Service", StringComparison.Ordinal)
            && t.Namespace?.StartsWith("CalJobsConsole.App.Features", StringComparison.Ordinal) == true);

    private static IEnumerable<MethodInfo> PublicMethods(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName);

    [GeneratedRegex("^[A-Z][a-z]*")]
    private static partial Regex FirstWord();
}
