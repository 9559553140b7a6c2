namespace CalJobsConsole.Domain.Common;

/// <summary>
/// A rule of WSD24-13 as <c>DESIGN.md</c> restates it: its code (CAP-1, PRE-1, …) and the directive
/// section it comes from. Every message a user sees about a rule starts with both.
/// </summary>
public sealed record RuleCode(string Code, string Section)
{
    public static readonly RuleCode Cap1 = new("CAP-1", "Policy and Procedures");
    public static readonly RuleCode Des1 = new("DES-1", "MIS Administrator and WSB CalJOBS SPOC Changes, Additions, and Deletions");
    public static readonly RuleCode Des2 = new("DES-2", "System Access Training");
    public static readonly RuleCode Req1 = new("REQ-1", "Create New CalJOBS Staff User Account; Resetting; Maintenance; Deactivation");
    public static readonly RuleCode Req2 = new("REQ-2", "Create New CalJOBS Staff User Account; Maintenance of CalJOBS Accounts (requestors: manager/supervisor role)");
    public static readonly RuleCode Pre1 = new("PRE-1", "Create New CalJOBS Staff User Account");
    public static readonly RuleCode Pre2 = new("PRE-2", "Create New CalJOBS Staff User Account; Maintenance of CalJOBS Accounts");
    public static readonly RuleCode Doc1 = new("DOC-1", "Create New CalJOBS Staff User Account; Maintenance of CalJOBS Accounts; Deactivation");
    public static readonly RuleCode Grp1 = new("GRP-1", "Create New CalJOBS Staff User Account (MIS Administrator groups)");
    public static readonly RuleCode Grp2 = new("GRP-2", "Create New CalJOBS Staff User Account (WSB CalJOBS SPOC groups)");
    public static readonly RuleCode Grp3 = new("GRP-3", "Create New CalJOBS Staff User Account (other groups and privileges)");
    public static readonly RuleCode Crd1 = new("CRD-1", "Create New CalJOBS Staff User Account; Resetting Staff User Account Password");
    public static readonly RuleCode Ren1 = new("REN-1", "Maintenance of CalJOBS Accounts");
    public static readonly RuleCode Dea1 = new("DEA-1", "Deactivation of CalJOBS Staff User Accounts");
    public static readonly RuleCode Rev1 = new("REV-1", "Managing CalJOBS Staff Accounts; Use of the CalJOBS System and Automation; Action");
    public static readonly RuleCode Sco1 = new("SCO-1", "Managing CalJOBS Staff Accounts (each administrator's own area)");
    public static readonly RuleCode Mon1 = new("MON-1", "System Access Monitoring");
    public static readonly RuleCode Iss1 = new("ISS-1", "Reporting CalJOBS System Issues; CalJOBS Support");
    public static readonly RuleCode Dcr1 = new("DCR-1", "Program Reporting and Performance");
    public static readonly RuleCode Com1 = new("COM-1", "Communication");
    public static readonly RuleCode Vos1 = new("VOS-1", "VOSGreeter Setup");

    /// <summary>Every rule code the domain enforces, for screens that list them.</summary>
    public static IReadOnlyList<RuleCode> All { get; } =
        [Cap1, Des1, Des2, Req1, Req2, Pre1, Pre2, Doc1, Grp1, Grp2, Grp3, Crd1, Ren1, Dea1, Rev1, Sco1, Mon1, Iss1, Dcr1, Com1, Vos1];

    /// <summary>"CAP-1 (WSD24-13, Policy and Procedures)".</summary>
    public string Citation => $"{Code} (WSD24-13, {Section})";

    public override string ToString() => Citation;
}
