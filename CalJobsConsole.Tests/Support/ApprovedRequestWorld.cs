using CalJobsConsole.App.Configuration;
using CalJobsConsole.Domain.Requests;

namespace CalJobsConsole.Tests.Support;

/// <summary>
/// What the upload and refusal tests start from: a test database holding the stored world, a data folder for evidence files,
/// and one approved new-account request of the world's local area, saved.
/// </summary>
public static class ApprovedRequestWorld
{
    public static async Task<(TestDatabase Database, StoredWorld Stored, DataDirectory Data, AccessRequest Request)> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var stored = await StoredWorld.CreateAsync(database);
        var data = new DataDirectory(Path.Combine(database.Folder, "data"));
        var request = stored.World.Approved(stored.World.NewAccountForm());
        await using var db = database.CreateDbContext();
        db.AccessRequests.Add(request);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (database, stored, data, request);
    }
}
