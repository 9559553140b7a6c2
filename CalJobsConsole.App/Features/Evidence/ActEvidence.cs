using CalJobsConsole.App.Data;
using CalJobsConsole.Domain.Documents;
using CalJobsConsole.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace CalJobsConsole.App.Features.Evidence;

/// <summary>
/// Every upload after an act (the evidence panel, a monitoring answer) goes through here, so the account whose latest creation
/// or renewal that act is judges its DOC-1 evidence again (<see cref="Domain.Accounts.StaffAccount.EvidenceChanged"/>) in
/// the same save: the compliance figures count the stored judgement instead of reading every act's documents on each visit.
/// </summary>
internal static class ActEvidence
{
    /// <summary>Call after adding <paramref name="added"/> to <paramref name="db"/>, before saving.</summary>
    public static async Task JudgeAgainAsync(ConsoleDbContext db, AccessRequest request, EvidenceDocument added, CancellationToken cancellationToken)
    {
        var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.EvidencedActRequestId == request.Id, cancellationToken);
        if (account is null)
            return;
        var kept = await db.EvidenceDocuments.Where(d => d.RequestId == request.Id).Select(d => d.Kind).ToListAsync(cancellationToken);
        account.EvidenceChanged(request, kept.Append(added.Kind));
    }
}
