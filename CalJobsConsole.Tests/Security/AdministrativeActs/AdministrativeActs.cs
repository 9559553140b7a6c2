using System.Reflection;
using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Requests;
using CalJobsConsole.Tests.Features.NewAccounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;

namespace CalJobsConsole.Tests.Security.AdministrativeActs;

/// <summary>
/// The table of every administrative act, one partial file per feature (<c>AdministrativeActs.Evidence.cs</c>, …): each declares
/// a static property of type <c>IEnumerable&lt;AdministrativeAct&gt;</c>, and <see cref="All"/> gathers them.
/// </summary>
public static partial class AdministrativeActs
{
    public static IReadOnlyList<AdministrativeAct> All { get; } = typeof(AdministrativeActs)
        .GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        .Where(p => p.PropertyType == typeof(IEnumerable<AdministrativeAct>))
        .SelectMany(p => (IEnumerable<AdministrativeAct>)p.GetValue(null)!)
        .ToList();

    public static AdministrativeAct Named(string name) => All.Single(a => a.Name == name);

    // Shared by the feature files: the request an act is attempted on, and the credential issuer account acts need.
    private static Guid Id(object request) => ((AccessRequest)request).Id;

    private static int Version(object request) => ((AccessRequest)request).Version;

    private static CredentialIssuer Issuer(ActWorld w) => new(new TemporaryPasswordGenerator(), new PasswordHasher<ConsoleUser>(),
        new UpperInvariantLookupNormalizer(), new RecordingNotificationSender(), w.World.Business, NullLogger<CredentialIssuer>.Instance);
}
