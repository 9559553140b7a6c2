using CalJobsConsole.App.Features.Lists;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Tests.Support;

namespace CalJobsConsole.Tests.Features.Lists;

/// <summary>A stored world and its accounts, listed by a service whose clock the test sets.</summary>
public abstract class AccountListTestBase : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected StoredWorld Stored { get; private set; } = null!;

    protected World World => Stored.World;

    /// <summary>The list's "today"; the world's clock is where the accounts were created.</summary>
    protected TestClock ListClock { get; } = new(Support.World.StartDate);

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>The suite's provider; a test class that fills its database with SQLite's own SQL names SQLite.</summary>
    protected virtual CalJobsConsole.App.Data.DatabaseProvider Provider => TestDatabase.DefaultProvider;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(Provider);
        Stored = await StoredWorld.CreateAsync(Database);
    }

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();

    protected AccountListService Accounts(Guid userId, Microsoft.EntityFrameworkCore.IDbContextFactory<CalJobsConsole.App.Data.ConsoleDbContext>? contexts = null) =>
        new(contexts ?? Database, SignedIn.ScopeFor(Database, userId), ListClock.Business);

    protected async Task<StaffAccount> StoreAsync(StaffAccount account, Action<StaffAccount>? change = null)
    {
        change?.Invoke(account);
        await using var db = Database.CreateDbContext();
        db.StaffAccounts.Add(account);
        await db.SaveChangesAsync(Token);
        return account;
    }

    /// <summary>Many accounts saved at once (a list test needs more rows than a page).</summary>
    protected async Task<IReadOnlyList<StaffAccount>> StoreAllAsync(IEnumerable<StaffAccount> accounts)
    {
        var list = accounts.ToList();
        await using var db = Database.CreateDbContext();
        db.StaffAccounts.AddRange(list);
        await db.SaveChangesAsync(Token);
        return list;
    }

    /// <summary>The usernames in the database's order (SQLite's binary collation is ordinal).</summary>
    protected static List<string> ByUsername(IEnumerable<StaffAccount> accounts) =>
        accounts.Select(a => a.Username).Order(StringComparer.Ordinal).ToList();

    protected async Task<StaffAccount> StoreNamedAsync(string name, string username, bool wsb = false)
    {
        var form = World.NewAccountForm(wsb: wsb) with { Staff = Support.World.Contact(name) };
        return (await StoredAccounts.CreateAsync(Database, World, form, username)).Account;
    }

    protected async Task<IReadOnlyList<Guid>> IdsAsync(Guid userId, AccountListFilter filter) =>
        (await Accounts(userId).PageAsync(filter, Token)).Lines.Select(l => l.Id).ToList();
}
