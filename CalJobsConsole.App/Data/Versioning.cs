using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Data;

/// <summary>
/// Optimistic concurrency, one way for every record two people (or a person and a job) can change at once: its row carries
/// an integer <c>Version</c>, a concurrency token that <see cref="ConsoleDbContext"/> advances on every save that changes the
/// row. An update or delete made from an older read matches no row and fails with <see cref="DbUpdateConcurrencyException"/>:
/// a person is told the record changed (<c>ActOutcome.Changed</c>), a job skips the record (the other change won).
/// A record whose page sends back the version it showed (<c>AccessRequest</c>, …) exposes it as a property; every other one
/// keeps it as a shadow property, so the domain knows nothing of it. SQLite has no rowversion, hence a counter.
/// </summary>
public static class Versioning
{
    /// <summary>
    /// The version a person's act was decided against (the one their screen showed) must still be the record's: otherwise
    /// someone else changed it first, and the act is refused exactly as losing the race at the save would be.
    /// </summary>
    public static void RequireUnchanged(int currentVersion, int openedVersion)
    {
        if (currentVersion != openedVersion)
            throw new Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException("The record changed since it was opened.");
    }

    public const string PropertyName = "Version";

    /// <summary>Gives the entity its version (the CLR property <c>Version</c> when it has one, else a shadow one). A migration adding it starts existing rows at 0.</summary>
    public static PropertyBuilder<int> HasVersion<T>(this EntityTypeBuilder<T> builder) where T : class =>
        builder.Property<int>(PropertyName).IsConcurrencyToken();

    /// <summary>Moves the version of every changed versioned row one on, unless the domain moved it already in this unit of work.</summary>
    internal static void Advance(ChangeTracker changes)
    {
        foreach (var entry in changes.Entries())
        {
            if (entry.State != EntityState.Modified || entry.Metadata.FindProperty(PropertyName) is not { IsConcurrencyToken: true } property)
                continue;
            var version = entry.Property(property);
            if (!version.IsModified)
                version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }
}
