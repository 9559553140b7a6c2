using CalJobsConsole.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CalJobsConsole.App.Features.Import;

/// <summary>Where a batch is: checked by its dry run, then committed only on an Operations Unit member's confirmation.</summary>
public enum ImportBatchState
{
    /// <summary>Uploaded; the dry run is queued.</summary>
    Queued,
    Checking,
    /// <summary>The dry run found no blocking problem: ready to commit on confirmation.</summary>
    Checked,
    /// <summary>The dry run found problems: nothing can be committed; fix the file and upload it again.</summary>
    HasProblems,
    CommitQueued,
    Committing,
    Committed,
    /// <summary>The dry run or the commit stopped with an error (or the database changed since the dry run).</summary>
    Failed,
}

/// <summary>
/// One uploaded import file: the file kept in the data folder with its SHA-256, who uploaded it, its state, what the dry run
/// counted and what the commit wrote. Its problems are <see cref="ImportProblem"/> rows, read a page at a time.
/// </summary>
public sealed class ImportBatch
{
    public const int FileNameLength = 260;
    public const int MessageLength = 2000;

    private ImportBatch()
    {
    }

    public Guid Id { get; private set; }

    public string FileName { get; private set; } = "";

    /// <summary>The kept copy's name inside the data folder's <c>imports</c> folder.</summary>
    public string StoredFileName { get; private set; } = "";

    public string Sha256 { get; private set; } = "";

    public long SizeBytes { get; private set; }

    public Guid UploadedById { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public ImportBatchState State { get; private set; }

    public DateTimeOffset? CheckedAt { get; private set; }

    public Guid? ConfirmedById { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public DateTimeOffset? CommittedAt { get; private set; }

    /// <summary>Data rows in the file (the header not counted).</summary>
    public int Rows { get; private set; }

    /// <summary>Records the dry run would create (areas, offices, seats, accounts).</summary>
    public int ToCreate { get; private set; }

    /// <summary>Records the console already holds exactly as the file gives them.</summary>
    public int Unchanged { get; private set; }

    /// <summary>Records the console holds with other data: reported, never overwritten.</summary>
    public int Differing { get; private set; }

    /// <summary>Blocking problems: while there is one, nothing is committed.</summary>
    public int Problems { get; private set; }

    /// <summary>Records the commit wrote.</summary>
    public int Created { get; private set; }

    public string? Summary { get; private set; }

    public string? Error { get; private set; }

    public bool IsActive => State is ImportBatchState.Queued or ImportBatchState.Checking or ImportBatchState.CommitQueued or ImportBatchState.Committing;

    public static ImportBatch Upload(string fileName, string storedFileName, string sha256, long sizeBytes, Guid uploadedById, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        FileName = Clip(Path.GetFileName(fileName), FileNameLength)!,
        StoredFileName = storedFileName,
        Sha256 = sha256,
        SizeBytes = sizeBytes,
        UploadedById = uploadedById,
        UploadedAt = now,
        State = ImportBatchState.Queued,
    };

    public void StartCheck() => State = ImportBatchState.Checking;

    public void RecordCheck(ImportCounts counts, DateTimeOffset now)
    {
        (Rows, ToCreate, Unchanged, Differing, Problems) = (counts.Rows, counts.ToCreate, counts.Unchanged, counts.Differing, counts.Problems);
        CheckedAt = now;
        State = counts.Problems == 0 ? ImportBatchState.Checked : ImportBatchState.HasProblems;
        Summary = counts.Summary;
    }

    /// <summary>The Operations Unit member's confirmation: only for a batch whose dry run found no blocking problem.</summary>
    public void Confirm(Guid confirmedById, DateTimeOffset now)
    {
        if (State != ImportBatchState.Checked)
            throw new InvalidInputException(nameof(State), State switch
            {
                ImportBatchState.HasProblems => $"the dry run of {FileName} found {Problems} problem(s): nothing is committed until a corrected file checks clean (all or nothing).",
                ImportBatchState.Committed or ImportBatchState.CommitQueued or ImportBatchState.Committing => $"{FileName} is already committed or being committed.",
                _ => $"{FileName} has not been checked yet: wait for its dry run to finish.",
            });
        (ConfirmedById, ConfirmedAt, State) = (confirmedById, now, ImportBatchState.CommitQueued);
    }

    public void StartCommit() => State = ImportBatchState.Committing;

    public void RecordCommit(int created, ImportCounts counts, DateTimeOffset now)
    {
        (Created, Unchanged, Differing, CommittedAt, State) = (created, counts.Unchanged, counts.Differing, now, ImportBatchState.Committed);
        Summary = $"{created} created, {counts.Unchanged} unchanged" + (counts.Differing > 0 ? $", {counts.Differing} differ (kept as in the console)" : "") + ".";
    }

    public void Fail(string error, ImportCounts? counts = null)
    {
        if (counts is not null)
            (Rows, ToCreate, Unchanged, Differing, Problems) = (counts.Rows, counts.ToCreate, counts.Unchanged, counts.Differing, counts.Problems);
        State = ImportBatchState.Failed;
        Error = Clip(error, MessageLength);
    }

    private static string? Clip(string? text, int length) => text is null || text.Length <= length ? text : text[..(length - 1)] + "…";
}

/// <summary>What a dry run counted.</summary>
public sealed record ImportCounts(int Rows, int ToCreate, int Unchanged, int Differing, int Problems)
{
    public string Summary =>
        $"{Rows} row(s): {ToCreate} to create, {Unchanged} unchanged, {Differing} differ (kept as in the console), {Problems} problem(s).";
}

/// <summary>One problem of a batch's dry run, stored so the page reads them a page at a time, filtered by code.</summary>
public sealed class ImportProblem
{
    private ImportProblem()
    {
    }

    public long Id { get; private set; }

    public Guid BatchId { get; private set; }

    /// <summary>The spreadsheet row (header = 1); null for the file as a whole.</summary>
    public int? RowNumber { get; private set; }

    public string? Key { get; private set; }

    public string Code { get; private set; } = "";

    public string Message { get; private set; } = "";

    public bool Blocking { get; private set; }

    public static ImportProblem For(Guid batchId, ImportFinding finding) => new()
    {
        BatchId = batchId,
        RowNumber = finding.RowNumber,
        Key = finding.Key is { Length: > 200 } key ? key[..200] : finding.Key,
        Code = finding.Code,
        Message = finding.Message.Length > ImportBatch.MessageLength ? finding.Message[..ImportBatch.MessageLength] : finding.Message,
        Blocking = finding.Blocking,
    };
}

public sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>, IEntityTypeConfiguration<ImportProblem>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.ToTable("ImportBatches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.FileName).HasMaxLength(ImportBatch.FileNameLength);
        builder.Property(b => b.StoredFileName).HasMaxLength(100);
        builder.Property(b => b.Sha256).HasMaxLength(64);
        builder.Property(b => b.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Summary).HasMaxLength(ImportBatch.MessageLength);
        builder.Property(b => b.Error).HasMaxLength(ImportBatch.MessageLength);
        builder.HasIndex(b => b.UploadedAt);
        builder.Ignore(b => b.IsActive);
    }

    public void Configure(EntityTypeBuilder<ImportProblem> builder)
    {
        builder.ToTable("ImportProblems");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Key).HasMaxLength(200);
        builder.Property(p => p.Code).HasMaxLength(16);
        builder.Property(p => p.Message).HasMaxLength(ImportBatch.MessageLength);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(p => p.BatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.BatchId, p.Code, p.RowNumber });
        builder.HasIndex(p => new { p.BatchId, p.RowNumber });
    }
}
