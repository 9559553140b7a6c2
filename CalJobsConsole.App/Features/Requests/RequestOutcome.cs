using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.App.Features.Requests;

/// <summary>What a submission or correction came to: done, refused by rules (each with its code), or refused input beside its field.</summary>
public sealed record RequestOutcome(IReadOnlyList<BrokenRule> BrokenRules, IReadOnlyDictionary<string, string> FieldErrors)
{
    public static RequestOutcome Done { get; } = new([], new Dictionary<string, string>());

    public bool Succeeded => BrokenRules.Count == 0 && FieldErrors.Count == 0;

    public IReadOnlyList<string> Codes => BrokenRules.Select(r => r.Code).ToList();

    public static RequestOutcome Refused(BrokenRule rule) => new([rule], new Dictionary<string, string>());

    public static RequestOutcome Invalid(IReadOnlyDictionary<string, string> fieldErrors) => new([], fieldErrors);

    /// <summary>Runs <paramref name="action"/>, turning an expected refusal into an outcome the page shows.</summary>
    public static async Task<RequestOutcome> Of(Func<Task> action)
    {
        try
        {
            await action();
            return Done;
        }
        catch (BusinessRuleViolationException ex)
        {
            return new RequestOutcome(ex.BrokenRules, new Dictionary<string, string>());
        }
        catch (InvalidInputException ex)
        {
            return Invalid(new Dictionary<string, string> { [ModelField(ex.Field)] = ex.Problem });
        }
    }

    /// <summary>The domain names its fields (Staff e-mail, attestation dates, …); the form names its own.</summary>
    private static string ModelField(string domainField) => domainField switch
    {
        "FullName" or "Email" or "AccountId" or "RequestedGroupId" or "SeparationDate" or "OfficeId" or "BusinessNeed" or "IspaCompletedOn" => domainField,
        "ConfidentialityStatementDate" => nameof(RequestFormModel.StatementDate),
        "RequestorVerifiedAttestations" => nameof(RequestFormModel.VerifiedAttestations),
        "RequestorVerifiedBusinessNeed" => nameof(RequestFormModel.VerifiedBusinessNeed),
        "StaffKind" => nameof(RequestFormModel.StaffKind),
        _ => "",
    };
}
