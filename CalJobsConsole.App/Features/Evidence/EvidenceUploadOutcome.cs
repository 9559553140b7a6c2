using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Documents;

namespace CalJobsConsole.App.Features.Evidence;

/// <summary>What an upload from the screen came to: the document kept, or why nothing was kept (rules with their codes, or the file's problem).</summary>
public sealed record EvidenceUploadOutcome(EvidenceDocument? Document, IReadOnlyList<BrokenRule> BrokenRules, string? Problem)
{
    /// <summary>
    /// How much the browser's stream may deliver: a little over the store's 10 MB, so that the store refuses a file just
    /// over the limit with its own message; a file larger still is refused before any byte is read.
    /// </summary>
    public const long BrowserReadLimit = EvidenceDocument.MaxSizeBytes + 1024 * 1024;

    public bool Succeeded => Document is not null;

    /// <summary>Runs <paramref name="upload"/>, turning an expected refusal into an outcome the panel shows beside the control.</summary>
    public static async Task<EvidenceUploadOutcome> Of(Func<Task<EvidenceDocument>> upload, long declaredSize)
    {
        try
        {
            return new EvidenceUploadOutcome(await upload(), [], null);
        }
        catch (InvalidInputException ex)
        {
            return new EvidenceUploadOutcome(null, [], ex.Problem);
        }
        catch (BusinessRuleViolationException ex)
        {
            return new EvidenceUploadOutcome(null, ex.BrokenRules, null);
        }
        catch (IOException) when (declaredSize > BrowserReadLimit)
        {
            return new EvidenceUploadOutcome(null, [], $"a document may hold at most 10 MB; this one holds {declaredSize:N0} bytes.");
        }
        catch (IOException)
        {
            return new EvidenceUploadOutcome(null, [], "the file could not be read from your browser; choose it again.");
        }
    }
}
