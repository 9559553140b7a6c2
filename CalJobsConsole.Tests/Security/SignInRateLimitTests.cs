using System.Net;
using CalJobsConsole.App.Security;
using CalJobsConsole.Tests.App;
using CalJobsConsole.Tests.Support;
using CalJobsConsole.App.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CalJobsConsole.Tests.Security;

/// <summary>Issue 21: ASP.NET Core rate limiting on sign-in — password spraying from one address is throttled at the default allowance.</summary>
[Collection(AppHostCollection.Name)]
public class SignInRateLimitTests : IAsyncLifetime
{
    private static readonly int Default = new SignInLimitOptions().PermitsPerMinute;

    private readonly TestAppFactory _factory = new(settings: new Dictionary<string, string?>
    {
        // The test hosts raise the allowance for the suite; this one has the production default back.
        ["CalJobs:SignInLimit:PermitsPerMinute"] = Default.ToString(),
    });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task SignIn_FromOneAddressBeyondTheAllowance_IsRefusedWithTooManyRequests_WhateverTheUsername()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= Default; i++)
            statuses.Add((await SignInForm.PostAsync(client, $"sprayed.user{i}", "Spring-Password-Spray-1")).StatusCode);
        var page = await client.GetAsync("/Account/Login", TestContext.Current.CancellationToken);

        Assert.All(statuses.Take(Default), s => Assert.Equal(HttpStatusCode.OK, s)); // the form again, with the generic failure
        var refused = await SignInForm.PostAsync(client, "one.more", "Spring-Password-Spray-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(SignInRateLimit.RefusedMessage, await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // reading the page is never throttled
    }

    [Fact]
    public async Task SignIn_HammeredBeyondTheAllowance_IsAuditedOncePerAddressAndMinute_NotPerRequest()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var before = await RateLimitRefusalsAsync();
        for (var i = 0; i < Default + 10; i++)
            await SignInForm.PostAsync(client, $"hammered.user{i}", "Spring-Password-Spray-2");
        var afterAMinuteOfRefusals = await RateLimitRefusalsAsync();

        // The limiter's window runs on the real clock (still refusing); the audit's minute on the app's, moved on here.
        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        var refusedNextMinute = await SignInForm.PostAsync(client, "hammered.next", "Spring-Password-Spray-2");

        Assert.Equal(HttpStatusCode.TooManyRequests, refusedNextMinute.StatusCode);
        Assert.Equal(before + 1, afterAMinuteOfRefusals);
        Assert.Equal(before + 2, await RateLimitRefusalsAsync());
    }

    private async Task<int> RateLimitRefusalsAsync()
    {
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.AuditRecords.CountAsync(a => a.Action == SecurityAudit.Actions.AuthorizationRefused && a.After!.Contains("sign-in rate limit"),
            TestContext.Current.CancellationToken);
    }
}
