namespace CalJobsConsole.App.Features.Import;

/// <summary>A batch as the Import page shows it; times in business time; progress from its job's run while one is active.</summary>
public sealed record ImportBatchView(Guid Id, string FileName, string Sha256, long SizeBytes, string UploadedBy, DateTimeOffset UploadedAt,
    ImportBatchState State, int Rows, int ToCreate, int Unchanged, int Differing, int Problems, int Created, string? Summary, string? Error,
    string? ConfirmedBy, ImportProgress? Progress)
{
    public bool IsActive => State is ImportBatchState.Queued or ImportBatchState.Checking or ImportBatchState.CommitQueued or ImportBatchState.Committing;

    public bool MayConfirm => State == ImportBatchState.Checked;

    public string StateText => State switch
    {
        ImportBatchState.Queued => "Waiting for its dry run",
        ImportBatchState.Checking => "Dry run under way",
        ImportBatchState.Checked => "Checked: no problem — ready to commit",
        ImportBatchState.HasProblems => "Checked: problems found — nothing can be committed",
        ImportBatchState.CommitQueued => "Confirmed: waiting for the commit",
        ImportBatchState.Committing => "Commit under way",
        ImportBatchState.Committed => "Committed",
        _ => "Failed",
    };
}

/// <summary>The active job run's progress: done of total (total null while unknown) and its status line.</summary>
public sealed record ImportProgress(int Done, int? Total, string? Status)
{
    public double Percent => Total is > 0 and var total ? Math.Min(100, 100.0 * Done / total) : 0;

    public string Text => Total is { } total ? $"{Done:N0} of {total:N0}" : $"{Done:N0} done";
}

public sealed record ImportProblemView(int? RowNumber, string? Key, string Code, string Message, bool Blocking);

/// <summary>One page of a batch's problems, the filter's total, and how many there are of each code.</summary>
public sealed record ImportProblemPage(IReadOnlyList<ImportProblemView> Problems, int Total, int Page, int PageSize, IReadOnlyList<(string Code, int Count)> Codes);
