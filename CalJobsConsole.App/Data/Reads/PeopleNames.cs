using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Data.Reads;

/// <summary>
/// People's names by id, read once for a list (who filed, uploaded, decided, relayed…). A name that is gone reads as
/// "a former user": the record outlives the person's console account.
/// </summary>
public sealed class PeopleNames(IReadOnlyDictionary<Guid, string> names)
{
    public const string FormerUser = "a former user";

    public static PeopleNames None { get; } = new(new Dictionary<Guid, string>());

    /// <summary>The full name of <paramref name="personId"/>, or "a former user".</summary>
    public string this[Guid personId] => names.GetValueOrDefault(personId) ?? FormerUser;

    /// <summary>The full name, or null for no person (a step nobody has taken yet).</summary>
    public string? Of(Guid? personId) => personId is { } id ? this[id] : null;
}

public static class PeopleNamesReads
{
    /// <summary>The names of <paramref name="personIds"/> (nulls and repeats ignored), in one query of just those people.</summary>
    public static async Task<PeopleNames> NamesAsync(this ConsoleDbContext db, IEnumerable<Guid?> personIds, CancellationToken cancellationToken = default)
    {
        var wanted = personIds.OfType<Guid>().Distinct().ToList();
        if (wanted.Count == 0)
            return PeopleNames.None;
        return new PeopleNames(await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken));
    }

    public static Task<PeopleNames> NamesAsync(this ConsoleDbContext db, IEnumerable<Guid> personIds, CancellationToken cancellationToken = default) =>
        db.NamesAsync(personIds.Select(id => (Guid?)id), cancellationToken);
}
