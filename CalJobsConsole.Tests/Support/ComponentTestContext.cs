using Bunit;
using CalJobsConsole.App.Configuration;
using CalJobsConsole.App.Data;
using CalJobsConsole.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace CalJobsConsole.Tests.Support;

/// <summary>
/// bUnit with MudBlazor: loose JS interop, MudBlazor's services, and the console's services over a migrated test
/// database with a chosen user signed in (see <see cref="SignedIn"/>). Render <c>MudPopoverProvider</c> /
/// <c>MudDialogProvider</c> first when a component opens popovers or dialogs.
/// </summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    private DataDirectory? evidenceData;

    /// <summary>
    /// The pages load from a real database, so a render waits on I/O: bUnit's default of one second for a <c>WaitFor…</c> was
    /// too short on a loaded two-core CI host (a page rendered once, its data not in yet). A wait that passes returns at once,
    /// so this only bounds how long a failing one takes.
    /// </summary>
    static ComponentTestContext() => DefaultWaitTimeout = TimeSpan.FromSeconds(10);

    protected ComponentTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    private bool rendererInfoSet;

    protected TestDatabase Database { get; private set; } = null!;

    /// <summary>Renders as a circuit does (interactive: live updates followed, nothing handed over by a prerender) unless the test set its own <see cref="SetRendererInfo"/>.</summary>
    public new IRenderedComponent<TComponent> Render<TComponent>(Action<ComponentParameterCollectionBuilder<TComponent>>? parameterBuilder = null)
        where TComponent : Microsoft.AspNetCore.Components.IComponent
    {
        InCircuitUnlessSet();
        return base.Render(parameterBuilder);
    }

    /// <inheritdoc cref="Render{TComponent}(Action{ComponentParameterCollectionBuilder{TComponent}}?)"/>
    public new IRenderedComponent<TComponent> Render<TComponent>(Microsoft.AspNetCore.Components.RenderFragment fragment)
        where TComponent : Microsoft.AspNetCore.Components.IComponent
    {
        InCircuitUnlessSet();
        return base.Render<TComponent>(fragment);
    }

    /// <summary>Renders as a prerender (not interactive) or a circuit would, for the rest of the test.</summary>
    public new void SetRendererInfo(Microsoft.AspNetCore.Components.RendererInfo? rendererInfo)
    {
        rendererInfoSet = true;
        base.SetRendererInfo(rendererInfo);
    }

    private void InCircuitUnlessSet()
    {
        if (!rendererInfoSet)
            SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    protected TestClock Clock { get; } = new(World.StartDate);

    /// <summary>The change feed the components subscribe to; a test publishes on it by hand (the test database has no interceptor).</summary>
    protected CalJobsConsole.App.Live.InProcessChangeFeed Feed { get; } =
        new(Microsoft.Extensions.Logging.Abstractions.NullLogger<CalJobsConsole.App.Live.InProcessChangeFeed>.Instance);

    /// <summary>The data folder evidence files are stored under, inside the test database's folder (deleted with it).</summary>
    protected DataDirectory EvidenceData => evidenceData ??= new DataDirectory(Path.Combine(Database.Folder, "data"));

    public virtual async ValueTask InitializeAsync() => Database = await TestDatabase.CreateAsync(Provider);

    /// <summary>The suite's provider; a test that fills its database with SQLite's own SQL names SQLite.</summary>
    protected virtual CalJobsConsole.App.Data.DatabaseProvider Provider => TestDatabase.DefaultProvider;

    /// <summary>The live updates of the App with no quiet period, on the real clock: a published change reloads at once.</summary>
    protected static CalJobsConsole.App.Live.LiveUpdates LiveUpdatesAtOnce(CalJobsConsole.App.Live.IChangeFeed feed) =>
        new(feed, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<CalJobsConsole.App.Live.LiveSubscription>.Instance, TimeSpan.Zero);

    /// <summary>Registers the console's services as the App does, over the test database, for <paramref name="userId"/>.</summary>
    protected void SignInAs(Guid? userId)
    {
        Services.AddSingleton<Microsoft.EntityFrameworkCore.IDbContextFactory<ConsoleDbContext>>(Database);
        Services.AddSingleton(SignedIn.As(userId));
        Services.AddSingleton<CalJobsConsole.App.Security.ScopeService>();
        Services.AddSingleton(Clock.Business);
        Services.AddSingleton(AttestationPolicy.Default);
        Services.AddSingleton<TimeProvider>(Clock.Time);
        Services.AddScoped<CalJobsConsole.App.Features.Areas.AreaOverviewService>();
        Services.AddScoped<CalJobsConsole.App.Features.Home.HomeService>();
        Services.AddSingleton<CalJobsConsole.App.Live.IChangeFeed>(Feed);
        // Live screens reload at once here; the coalescing itself is LiveSubscriptionTests' subject.
        Services.AddSingleton(LiveUpdatesAtOnce(Feed));
        Services.AddScoped<CalJobsConsole.App.Features.Dashboards.AdministratorDashboardService>();
        Services.AddScoped<CalJobsConsole.App.Features.Dashboards.RenewalTrackerService>();
        Services.AddScoped<CalJobsConsole.App.Features.Areas.AreaAdminService>();
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new CalJobsConsole.App.Features.People.InvitationOptions()));
        Services.AddScoped<CalJobsConsole.App.Features.People.InvitationSender>();
        Services.AddScoped<CalJobsConsole.App.Features.Directory.DirectoryService>();
        Services.AddScoped<CalJobsConsole.App.Features.Requests.RequestIntakeService>();
        Services.AddScoped<CalJobsConsole.App.Features.Inbox.InboxService>();
        Services.AddScoped<CalJobsConsole.App.Features.Accounts.AccountDetailService>();
        Services.AddScoped<CalJobsConsole.App.Features.Accounts.SupervisorService>();
        Services.AddSingleton(EvidenceData);
        Services.AddSingleton<CalJobsConsole.App.Features.Evidence.EvidenceStore>();
        Services.AddScoped<CalJobsConsole.App.Features.Evidence.EvidenceService>();
        Services.AddSingleton(CalJobsConsole.Tests.Features.Records.PdfText.Renderer());
        Services.AddScoped<CalJobsConsole.App.Features.Records.FormRecordFiling>();
        Services.AddSingleton(new CalJobsConsole.App.Features.Notifications.SecretProtector(new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider()));
        Services.AddScoped<CalJobsConsole.App.Features.Notifications.MessageService>();
        // The inbox shows the Operations Unit's documentation requests (MON-1); a page that sends messages registers its own sender.
        Services.AddLogging();
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new CalJobsOptions()));
        Services.AddTransient<CalJobsConsole.App.Features.Monitoring.MonitoringDraw>();
        Services.AddScoped<CalJobsConsole.App.Features.Monitoring.MonitoringReviewService>();
        Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton<CalJobsConsole.App.Features.Notifications.INotificationSender>(
            Services, new CalJobsConsole.Tests.Features.NewAccounts.RecordingNotificationSender());
        Services.AddScoped<CalJobsConsole.App.Features.Notifications.UnreadMessages>();
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        if (Database is not null)
            await Database.DisposeAsync();
    }
}
