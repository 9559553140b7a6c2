using System.Text;
using Deque.AxeCore.Commons;

namespace CalJobsConsole.Tests.Browser;

/// <summary>axe-core's violations as a list a person can act on.</summary>
public static class AxeReport
{
    public static string Describe(string url, IReadOnlyCollection<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        text.AppendLine($"axe-core found {violations.Count} accessibility violation(s) at {url} "
            + $"(tags {string.Join(", ", BrowserPage.AxeTags)}):");
        foreach (var violation in violations)
        {
            text.AppendLine($"- {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes ?? [])
            {
                text.AppendLine($"    at {node.Target}");
                var all = (node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).ToList();
                if (all.Count > 0)
                    text.AppendLine($"       fix all of: {string.Join("; ", all)}");
                var any = (node.Any ?? []).Select(c => c.Message).ToList();
                if (any.Count > 0)
                    text.AppendLine($"       fix any of: {string.Join("; ", any)}");
            }
        }
        return text.ToString();
    }
}
