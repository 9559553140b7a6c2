namespace CalJobsConsole.App.Features.Dashboards;

/// <summary>
/// The filtered lists behind the administrator's figures. The account filters mean what the dashboard counts:
/// <c>renewal=due30</c> due today up to 29 days ahead, <c>renewal=overdue</c> past due, both among open (not deactivated) accounts;
/// <c>deactivation=scheduled</c> a future deactivation on an open account; <c>deactivation=late</c> closed after the separation
/// date, or still open past it; <c>tempPassword=waiting</c> issued, not used, not yet expired.
/// </summary>
public sealed record DashboardLinks(Guid AreaId)
{
    public string Seats => $"/areas/{AreaId}";
    public string OpenRequests => $"/inbox?area={AreaId}&status=Submitted";
    public string RenewalDue30 => $"/accounts?area={AreaId}&renewal=due30";
    public string RenewalOverdue => $"/accounts?area={AreaId}&renewal=overdue";
    public string Suspended => $"/accounts?area={AreaId}&status=Suspended";
    public string DeactivationScheduled => $"/accounts?area={AreaId}&deactivation=scheduled";
    public string DeactivationLate => $"/accounts?area={AreaId}&deactivation=late";
    public string TemporaryPasswords => $"/accounts?area={AreaId}&tempPassword=waiting";

    /// <summary>Open accounts whose supervisor is no longer a registered requestor for the office (REQ-2), listed on /requestors to reassign.</summary>
    public string WithoutSupervisor => $"/requestors?area={AreaId}#without-supervisor";

    /// <summary>An escalated request waits, approved, in the inbox until the Operations Unit decides (the escalation queue is theirs alone).</summary>
    public string Escalations => $"/inbox?area={AreaId}&status=all&escalation=open";
    public string DocumentationRequests => "/inbox#documentation-requests";
}
