using System.Data.Common;
using CalJobsConsole.App.Data;
using CalJobsConsole.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CalJobsConsole.Tests.Features.Lists;

/// <summary>Contexts over the test database that record every SQL command they run, and how many rows each reader returned.</summary>
public sealed class CapturingContextFactory(TestDatabase database) : IDbContextFactory<ConsoleDbContext>
{
    private readonly Recorder _recorder = new();

    public IReadOnlyList<string> Commands => _recorder.Commands;

    public ConsoleDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<ConsoleDbContext>(database.Options).AddInterceptors(_recorder).Options);

    private sealed class Recorder : DbCommandInterceptor
    {
        public List<string> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            lock (Commands)
                Commands.Add(command.CommandText);
            return ValueTask.FromResult(result);
        }
    }
}
