using CalJobsConsole.App.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Security;

public static class SecurityServices
{
    /// <summary>
    /// Data Protection keys and Identity in the console's database (cookie sign-in, lockout on), an authenticated user required everywhere
    /// but the Account pages, and the scope service every feature service asks (SCO-1).
    /// </summary>
    public static IServiceCollection AddConsoleSecurity(this IServiceCollection services)
    {
        services.AddConsoleDataProtection();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/Login";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.Cookie.Name = "CalJobsConsole";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            // CalJobs:Sessions:IdleTimeout (below): the cookie slides with each request and dies after that long without one.
            cookie.SlidingExpiration = true;
            // DEA-1: the security stamp checked against the database on every request (one read; not on static files).
            cookie.Events.OnValidatePrincipal = SecurityStampCheck.ValidateAsync;
        });
        services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.Section)
            .Validate(o => o.IdleTimeout > TimeSpan.Zero, $"{SessionOptions.Section}:IdleTimeout must be positive (e.g. 00:30:00).")
            .Validate(o => o.AbsoluteLifetime >= o.IdleTimeout, $"{SessionOptions.Section}:AbsoluteLifetime must be at least the IdleTimeout.")
            .Validate(o => o.RevalidationInterval > TimeSpan.Zero && o.RevalidationInterval <= SessionOptions.LongestRevalidation,
                $"{SessionOptions.Section}:RevalidationInterval must be between 00:00:01 and 00:01:00: a changed role ends open pages within a minute.")
            .ValidateOnStart();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<SessionOptions>>(
            (cookie, sessions) => cookie.ExpireTimeSpan = sessions.Value.IdleTimeout);
        services.AddIdentityCore<ConsoleUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                // NIST SP 800-63B §5.1.1.2: length over composition (no character-class rules), a blocklist (PasswordPolicy).
                options.Password.RequiredLength = PasswordPolicy.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<ConsoleDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordPolicy>();
        services.AddSingleton<PasswordBlocklist>();
        services.AddScoped<SecurityAudit>();
        services.AddSignInRateLimit();
        services.AddAuthorization();
        services.AddScoped<CurrentUser>();
        services.AddScoped<CircuitActivity>();
        services.AddScoped<ScopeService>();
        services.AddScoped<HttpRequestScope>();
        services.AddScoped<FirstSignInService>();
        return services;
    }
}
