using CalJobsConsole.App.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

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
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            // DEA-1: the security stamp checked against the database on every request (one read; not on static files).
            cookie.Events.OnValidatePrincipal = SecurityStampCheck.ValidateAsync;
        });
        services.AddIdentityCore<ConsoleUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<ConsoleDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddAuthorization();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ScopeService>();
        services.AddScoped<HttpRequestScope>();
        services.AddScoped<FirstSignInService>();
        return services;
    }
}
