using System.Reflection;

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
}
