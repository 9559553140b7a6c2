using CalJobsConsole.Domain.Common;

namespace CalJobsConsole.Domain.Accounts.Rules;

/// <summary>
/// A date of something that has happened (an attestation signed, PRE-2; an account created or renewed, REN-1; an account
/// deactivated, DEA-1) cannot lie after today: an import states what is, and the directive's forms state what has happened.
/// The rule carries the code of the date's subject.
/// </summary>
public sealed class ImportedDateMustNotBeInFutureRule(RuleCode code, string column, DateOnly? date, DateOnly today) : IBusinessRule
{
    /// <summary>The code of the date's subject; REN-1 (the account's own dates) when none is given.</summary>
    public RuleCode Rule => code ?? RuleCode.Ren1;

    public bool IsBroken() => date > today;

    public string Reason => $"{column} {date:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd}).";

    public string Remedy => $"Give the day it really happened in {column}; a deactivation still to come is requested in the console once imported.";
}
