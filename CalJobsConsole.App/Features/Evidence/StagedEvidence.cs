namespace CalJobsConsole.App.Features.Evidence;

/// <summary>
/// An upload that passed every check, still in its temporary file beside the store: <see cref="CommitAsync"/> moves it into
/// place around the database save; disposing deletes the temporary file whatever happened (refused later, failed, or
/// dropped because the same content is kept already).
/// </summary>
public sealed class StagedEvidence : IAsyncDisposable
{
    private readonly EvidenceStore _store;

    internal StagedEvidence(EvidenceStore store, string temporaryPath, string displayName, StoredEvidence stored)
    {
        _store = store;
        TemporaryPath = temporaryPath;
        DisplayName = displayName;
        Stored = stored;
    }

    internal string TemporaryPath { get; }

    /// <summary>The uploader's name for the file, checked (<see cref="UploadFileName"/>): text to show, never a path.</summary>
    public string DisplayName { get; }

    public StoredEvidence Stored { get; }

    /// <summary>Moves the file into place and runs <paramref name="save"/>; when the save fails, a file this call put in place is removed.</summary>
    public Task CommitAsync(Func<Task> save, CancellationToken cancellationToken = default) => _store.CommitAsync(this, save, cancellationToken);

    public ValueTask DisposeAsync()
    {
        File.Delete(TemporaryPath);
        return ValueTask.CompletedTask;
    }
}
