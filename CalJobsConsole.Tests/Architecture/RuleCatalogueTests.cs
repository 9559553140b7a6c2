using System.Reflection;
using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Tests.Architecture;

/// <summary>Every rule code the domain touches lives in a rule class of its own, found by folder and file name.</summary>
public class RuleCatalogueTests
{
    private static readonly IReadOnlyList<Type> RuleTypes = typeof(IBusinessRule).Assembly.GetTypes()
        .Where(t => typeof(IBusinessRule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
        .ToList();

    public static TheoryData<string> IssueRuleCodes =>
        new("CAP-1", "DES-1", "DES-2", "REQ-1", "PRE-1", "PRE-2", "DOC-1", "GRP-1", "GRP-2", "GRP-3", "CRD-1", "REN-1", "DEA-1", "REV-1", "MON-1", "ISS-1", "DCR-1", "COM-1", "VOS-1");

    [Theory]
    [MemberData(nameof(IssueRuleCodes))]
    public void RuleCode_WhenLookedUpInTheDomain_HasAtLeastOneRuleClassInARulesFolder(string code)
    {
        var classes = RuleTypes.Where(t => CodeOf(t) == code).ToList();

        Assert.NotEmpty(classes);
        Assert.All(classes, t => Assert.EndsWith(".Rules", t.Namespace));
        Assert.All(classes, t => Assert.EndsWith("Rule", t.Name));
    }

    [Fact]
    public void RuleClasses_WhenRead_EachCarriesACodeFromTheCatalogueAndASection()
    {
        var codes = RuleTypes.Select(CodeOf).ToList();

        Assert.All(codes, code => Assert.Contains(RuleCode.All, r => r.Code == code));
        Assert.All(RuleCode.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Section)));
        Assert.Equal("CAP-1 (WSD24-13, Policy and Procedures)", RuleCode.Cap1.Citation);
    }

    /// <summary>Reads the code a rule class returns, building it with default arguments (rules only read their facts lazily).</summary>
    private static string CodeOf(Type ruleType)
    {
        var constructor = ruleType.GetConstructors().First();
        var arguments = constructor.GetParameters().Select(p => p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null).ToArray();
        try
        {
            return ((IBusinessRule)constructor.Invoke(arguments)).Rule.Code;
        }
        catch (TargetInvocationException)
        {
            return "(constructor needs facts)";
        }
    }
}
