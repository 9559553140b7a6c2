namespace CalJobsConsole.Domain.Privileges;

/// <summary>
/// The 14 privilege groups of WSD24-13 ("Create New CalJOBS Staff User Account") with the authority
/// that may grant each: 8 for MIS Administrators (GRP-1), 6 for WSB CalJOBS SPOCs (GRP-2).
/// </summary>
public static class DirectivePrivilegeGroups
{
    public const string LwiaCboStaff = "LWIA/CBO Staff";
    public const string LwiaIntakeStaff = "LWIA Intake Staff";
    public const string LwiaPartnerStaff = "LWIA Partner Staff";
    public const string LwiaPartnerSupervisor = "LWIA Partner Supervisor";
    public const string EtplCoordinators = "ETPL Coordinators";
    public const string Warn = "WARN";
    public const string ViewAccess = "View Access";
    public const string ViewAccessWithReports = "View Access with Reports";

    public const string Dvop = "DVOP";
    public const string EddElCentroHelpdesk = "EDD El Centro Helpdesk";
    public const string EddWsbStaff = "EDD WSB Staff";
    public const string EddWsbSupervisor = "EDD WSB Supervisor";
    public const string Lver = "LVER";
    public const string TaaCoordinators = "TAA Coordinators/Specialist";

    public static IReadOnlyList<string> LwiaGroups { get; } =
        [LwiaCboStaff, LwiaIntakeStaff, LwiaPartnerStaff, LwiaPartnerSupervisor, EtplCoordinators, Warn, ViewAccess, ViewAccessWithReports];

    public static IReadOnlyList<string> WsbGroups { get; } =
        [Dvop, EddElCentroHelpdesk, EddWsbStaff, EddWsbSupervisor, Lver, TaaCoordinators];

    /// <summary>A fresh set of the 14 groups, for seeding the catalogue.</summary>
    public static IReadOnlyList<PrivilegeGroup> Create() =>
    [
        PrivilegeGroup.Directive(LwiaCboStaff, GrantingAuthority.MisAdministrator, "Staff administering Title I services only."),
        PrivilegeGroup.Directive(LwiaIntakeStaff, GrantingAuthority.MisAdministrator, "Limited access for basic participant needs; view-only program applications; no reports."),
        PrivilegeGroup.Directive(LwiaPartnerStaff, GrantingAuthority.MisAdministrator, "Title I staff who need the Registration Only eligibility of the Title III application."),
        PrivilegeGroup.Directive(LwiaPartnerSupervisor, GrantingAuthority.MisAdministrator, "LWIA Partner Staff access plus managing staff in the LWIA Partner Staff or LWIA/CBO Staff groups."),
        PrivilegeGroup.Directive(EtplCoordinators, GrantingAuthority.MisAdministrator, "Local ETPL Coordinators working with training providers."),
        PrivilegeGroup.Directive(Warn, GrantingAuthority.MisAdministrator, "Rapid Response WARN Coordinators."),
        PrivilegeGroup.Directive(ViewAccess, GrantingAuthority.MisAdministrator, "View basic jobseeker or employer information; no editing."),
        PrivilegeGroup.Directive(ViewAccessWithReports, GrantingAuthority.MisAdministrator, "View basic jobseeker or employer information and run reports; no editing."),
        PrivilegeGroup.Directive(Dvop, GrantingAuthority.CalJobsSpoc, "Disabled Veterans' Outreach Specialists."),
        PrivilegeGroup.Directive(EddElCentroHelpdesk, GrantingAuthority.CalJobsSpoc, "Staff answering calls from the CalJOBS Public Help Desk."),
        PrivilegeGroup.Directive(EddWsbStaff, GrantingAuthority.CalJobsSpoc, "WSB staff."),
        PrivilegeGroup.Directive(EddWsbSupervisor, GrantingAuthority.CalJobsSpoc, "Managers of WSB staff."),
        PrivilegeGroup.Directive(Lver, GrantingAuthority.CalJobsSpoc, "Local Veterans' Employment Representatives."),
        PrivilegeGroup.Directive(TaaCoordinators, GrantingAuthority.CalJobsSpoc, "TAA Coordinators or TAA Specialists."),
    ];
}
