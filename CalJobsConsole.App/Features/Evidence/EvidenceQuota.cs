using CalJobsConsole.App.Data;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.IssueReports;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Evidence;

/// <summary>
/// The per-person upload quota (<c>CalJobs:Evidence:QuotaMegabytesPerUser</c>): what a person uploaded — evidence documents
/// (not those the console filed on their approval) and issue screenshots — summed in one query, plus the new file, may not
/// pass the quota. Identical content is stored once but counts for each upload: the quota is the person's, not the disk's.
/// </summary>
internal static class EvidenceQuota
{
    /// <summary>Refused with <see cref="InvalidInputException"/> on field "File", saying the use, the file and the quota.</summary>
    public static async Task ThrowIfOverAsync(ConsoleDbContext db, Guid uploaderId, long adding, long quotaBytes, CancellationToken cancellationToken)
    {
        var used = await db.EvidenceDocuments.Where(d => d.UploadedById == uploaderId && !d.FiledByConsole).Select(d => d.SizeBytes)
            .Concat(db.Set<IssueScreenshot>().Where(s => s.UploadedById == uploaderId).Select(s => s.SizeBytes))
            .SumAsync(cancellationToken);
        if (used + adding > quotaBytes)
            throw new InvalidInputException(EvidenceStore.Field,
                $"this file ({Size(adding)}) would take your uploads over your quota: you have uploaded {Size(used)} ({used:N0} bytes) of the " +
                $"{Size(quotaBytes)} ({quotaBytes:N0} bytes) a person may upload. Ask the Operations Unit to raise the quota (setting " +
                $"{EvidenceOptions.Section}:QuotaMegabytesPerUser).");
    }

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.##} MB" : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes:N0} bytes";
}
