using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.DataChanges.Rules;

/// <summary>
/// DCR-1 (WSD24-13, Program Reporting and Performance): administrators "review and sign Data Change Request Forms" — a review
/// by someone other than the person asking, so an administrator never signs or declines a request they filed themselves.
/// </summary>
public sealed class DataChangeRequestMustNotBeDecidedByItsFilerRule(Guid filedById, Guid administratorId) : IBusinessRule
{
    public RuleCode Rule => RuleCode.Dcr1;

    public bool IsBroken() => filedById == administratorId;

    public string Reason => "You filed this data change request yourself: an administrator does not review and sign their own request.";

    public string Remedy => "Another administrator of the area must sign or decline your own request.";
}
