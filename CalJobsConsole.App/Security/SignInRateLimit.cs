using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CalJobsConsole.App.Security;

/// <summary>
/// <c>CalJobs:SignInLimit</c> (issue 21, OWASP ASVS V6.3, NIST SP 800-63B §5.2.2): how many sign-in attempts one address may make in a
/// minute, whatever the usernames — the lockout counts wrong passwords per user, this throttles password spraying (one password
/// tried on many users). Behind a proxy the address is the client's (<c>CalJobs:Web:KnownProxies</c>). An office behind one
/// address shares the allowance: the default is generous for people, tight for a script.
/// </summary>
public sealed class SignInLimitOptions
{
    public const string Section = "CalJobs:SignInLimit";

    public int PermitsPerMinute { get; set; } = 20;
}

public static class SignInRateLimit
{
    public const string RefusedMessage = "Too many sign-in attempts from your network address. Wait a minute, then try again.";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services)
    {
        services.AddOptions<SignInLimitOptions>().BindConfiguration(SignInLimitOptions.Section)
            .Validate(o => o.PermitsPerMinute > 0, $"{SignInLimitOptions.Section}:PermitsPerMinute must be a positive number.")
            .ValidateOnStart();
        services.AddSingleton<SignInRefusalLog>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SignInLimitOptions>>((limiter, limit) =>
        {
            var permits = limit.Value.PermitsPerMinute;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                IsSignInAttempt(http)
                    ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("not a sign-in"));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = "60";
                response.ContentType = "text/plain; charset=utf-8";
                var services = context.HttpContext.RequestServices;
                if (services.GetRequiredService<SignInRefusalLog>().IsFirstThisMinute(context.HttpContext.Connection.RemoteIpAddress?.ToString()))
                    await services.GetRequiredService<SecurityAudit>().AuthorizationRefusedAsync(null, context.HttpContext.Request.Path,
                        "sign-in rate limit (CalJobs:SignInLimit); further refusals from this address this minute are not recorded one by one",
                        cancellationToken);
                await response.WriteAsync(RefusedMessage, cancellationToken);
            };
        });
        return services;
    }

    /// <summary>A sign-in form posted: the only requests counted.</summary>
    public static bool IsSignInAttempt(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Which sign-in refusals of the rate limit go into the audit trail: the first from each address in each minute. A script
/// hammering the sign-in would otherwise write an audit record per refused request — the trail unbounded, at the attacker's
/// pace. One record per address and minute still shows who was throttled, and when. Kept in memory per server (a restart or a
/// second server records the first refusal again: more records, never fewer).
/// </summary>
public sealed class SignInRefusalLog(TimeProvider time)
{
    /// <summary>Addresses remembered before the old minutes are swept out.</summary>
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, long> _minuteRecorded = new(StringComparer.Ordinal);

    /// <summary>True for the first refusal of <paramref name="address"/> in the current minute; false for the rest of that minute.</summary>
    public bool IsFirstThisMinute(string? address)
    {
        var minute = time.GetUtcNow().ToUnixTimeSeconds() / 60;
        var key = address ?? "unknown";
        if (_minuteRecorded.Count > SweepAbove)
            foreach (var (old, at) in _minuteRecorded)
                if (at < minute)
                    _minuteRecorded.TryRemove(old, out _);
        var recorded = _minuteRecorded.GetOrAdd(key, long.MinValue);
        return recorded < minute && _minuteRecorded.TryUpdate(key, minute, recorded);
    }
}
