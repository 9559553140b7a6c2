using CalJobsConsole.App.Data;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CalJobsConsole.Tests.Features.Concurrency;

/// <summary>
/// Contexts on one test database whose racing saves meet before any of them writes: a save whose changes match
/// <c>racesWhen</c> waits until <c>writers</c> such saves have read and changed what they mean to write. The stale read that
/// a race makes likely is made certain, so "exactly one wins" is tested every time, not only when the threads happen to
/// interleave. A writer that never gets to its save (refused earlier) releases the others after a few seconds.
/// </summary>
public sealed class RacingContexts : IDbContextFactory<ConsoleDbContext>, IDisposable
{
    private readonly CountdownEvent _allChanged;
    private readonly DbContextOptions<ConsoleDbContext> _options;

    public RacingContexts(TestDatabase database, int writers, Func<DbContext, bool> racesWhen)
    {
        _allChanged = new CountdownEvent(writers);
        _options = new DbContextOptionsBuilder<ConsoleDbContext>(database.Options).AddInterceptors(new MeetBeforeSaving(this, racesWhen)).Options;
    }

    public static TimeSpan Patience { get; } = TimeSpan.FromSeconds(10);

    public ConsoleDbContext CreateDbContext() => new(_options);

    public void Dispose() => _allChanged.Dispose();

    private void MeetTheOthers()
    {
        if (!_allChanged.IsSet)
            _allChanged.Signal();
        _allChanged.Wait(Patience);
    }

    private sealed class MeetBeforeSaving(RacingContexts race, Func<DbContext, bool> racesWhen) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (eventData.Context is { } context && racesWhen(context))
                await Task.Run(race.MeetTheOthers, cancellationToken);
            return result;
        }

        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            if (eventData.Context is { } context && racesWhen(context))
                race.MeetTheOthers();
            return result;
        }
    }

    /// <summary>A save that adds a row of <typeparamref name="T"/>.</summary>
    public static bool Adds<T>(DbContext context) where T : class =>
        context.ChangeTracker.Entries<T>().Any(e => e.State == EntityState.Added);

    /// <summary>A save that changes a row of <typeparamref name="T"/>.</summary>
    public static bool Changes<T>(DbContext context) where T : class =>
        context.ChangeTracker.Entries<T>().Any(e => e.State is EntityState.Modified or EntityState.Deleted);
}
