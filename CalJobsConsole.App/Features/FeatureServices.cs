using CalJobsConsole.App.Features.Accounts;
using CalJobsConsole.App.Features.Areas;
using CalJobsConsole.App.Features.Compliance;
using CalJobsConsole.App.Features.Dashboards;
using CalJobsConsole.App.Features.DataChanges;
using CalJobsConsole.App.Features.Designations;
using CalJobsConsole.App.Features.Directory;
using CalJobsConsole.App.Features.Escalations;
using CalJobsConsole.App.Features.Evidence;
using CalJobsConsole.App.Features.Home;
using CalJobsConsole.App.Features.Inbox;
using CalJobsConsole.App.Features.IssueReports;
using CalJobsConsole.App.Features.Jobs;
using CalJobsConsole.App.Features.Maintenance;
using CalJobsConsole.App.Features.Monitoring;
using CalJobsConsole.App.Features.NewAccounts;
using CalJobsConsole.App.Features.Notices;
using CalJobsConsole.App.Features.Privileges;
using CalJobsConsole.App.Features.Records;
using CalJobsConsole.App.Features.Requests;
using CalJobsConsole.App.Features.Suspensions;
using CalJobsConsole.App.Features.VosGreeter;

namespace CalJobsConsole.App.Features;

public static class FeatureServices
{
    /// <summary>Each feature's service; every one asks the scope service before it reads or changes an area.</summary>
    public static IServiceCollection AddConsoleFeatures(this IServiceCollection services)
    {
        services.AddScoped<AreaOverviewService>();
        services.AddSingleton<Data.Audit.AuditChainVerifier>();
        services.AddScoped<AuditLog.AuditLogService>();
        services.AddScoped<CompliancePanelService>();
        services.AddSingleton<ComplianceFiguresCache>();
        services.AddScoped<AreaAdminService>();
        services.AddScoped<DirectoryService>();
        services.AddScoped<HomeService>();
        services.AddScoped<AdministratorDashboardService>();
        services.AddScoped<RenewalTrackerService>();
        services.AddScoped<DesignationRecorder>();
        services.AddScoped<PrivilegeCatalogueService>();
        services.AddScoped<SuspensionService>();
        services.AddScoped<DesignationFormService>();
        services.AddScoped<DesigneeService>();
        services.AddScoped<DesignationRegisterService>();
        services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.Section)
            .Validate(o => o.QuotaMegabytesPerUser >= 1, $"{EvidenceOptions.Section}:QuotaMegabytesPerUser must be 1 or more.")
            .ValidateOnStart();
        services.AddSingleton<EvidenceStore>();
        services.AddScoped<EvidenceService>();
        services.AddScoped<RequestIntakeService>();
        services.AddScoped<InboxService>();
        services.AddSingleton<TemporaryPasswordGenerator>();
        services.AddScoped<CredentialIssuer>();
        services.AddScoped<NewAccountRecorder>();
        services.AddScoped<AccountCreationService>();
        services.AddScoped<EscalationQueueService>();
        services.AddScoped<PasswordResetService>();
        services.AddScoped<PrivilegeUpdateService>();
        services.AddScoped<AccountDetailService>();
        services.AddScoped<SupervisorService>();
        services.AddScoped<Lists.AccountListService>();
        services.AddScoped<RenewalService>();
        services.AddScoped<DeactivationService>();
        services.AddTransient<MonitoringDraw>();
        services.AddScoped<MonitoringReviewService>();
        services.AddScoped<BackgroundJobsService>();
        services.AddScoped<VosGreeterService>();
        services.AddScoped<NoticeService>();
        services.AddScoped<IssueReportService>();
        services.AddScoped<DataChangeRequestService>();
        services.AddScoped<AssistanceContactService>();
        services.AddFormRecords();
        services.AddOptions<Import.ImportOptions>().BindConfiguration(Import.ImportOptions.Section);
        services.AddOptions<People.InvitationOptions>().BindConfiguration(People.InvitationOptions.Section)
            .Validate(o => o.LifetimeHours is >= 1 and <= 24 * 30, $"{People.InvitationOptions.Section}:LifetimeHours must be 1 to 720.")
            .Validate(o => string.IsNullOrWhiteSpace(o.PublicBaseUrl) || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _),
                $"{People.InvitationOptions.Section}:PublicBaseUrl must be an absolute address such as https://caljobs-console.example.gov/.")
            .ValidateOnStart();
        services.AddScoped<People.InvitationSender>();
        services.AddScoped<People.InvitationService>();
        services.AddScoped<People.PeopleService>();
        services.AddScoped<People.RequestorService>();
        services.AddSingleton<Import.ImportFileStore>();
        services.AddTransient<Import.ImportProcessor>();
        services.AddScoped<Import.ImportService>();
        return services;
    }
}
