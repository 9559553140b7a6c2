using Bogus;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Privileges;

namespace CalJobsConsole.Benchmarks.Generation;

/// <summary>One staff account's row, before it is written.</summary>
internal sealed record AccountDraft(
    Person Staff,
    string Username,
    StaffKind StaffKind,
    AreaPlan Area,
    OfficePlan Office,
    Person Supervisor,
    string PrivilegeGroup,
    DateOnly IspaCompletedOn,
    ConfidentialityStatementKind StatementKind,
    DateOnly StatementSignedOn,
    DateOnly CreatedOn,
    DateOnly? LastRenewedOn,
    DateOnly RenewalDueOn,
    Lifecycle Lifecycle,
    DateOnly? SeparationDate,
    DateOnly? DeactivatedOn);

/// <summary>
/// Draws a consistent account for a lifecycle state. The last act (renewal, or creation when never renewed) fixes the rest:
/// due = last act + 1 year (REN-1); ISPA and statement signed within ~10 months before it (current at the act, PRE-2);
/// active and pending accounts are not yet due, overdue-suspended ones are; deactivations fall after the last act, on or
/// before the separation date (on time) or 1–90 days after it (late, DEA-1). No date is after <c>today</c>.
/// </summary>
internal sealed class AccountDrafter(People people, DateOnly today)
{
    private const int CalJobsFirstYear = 2015; // no account is older than the file says CalJOBS is

    private static readonly (string Group, int Weight)[] LocalAreaGroups =
    [
        (DirectivePrivilegeGroups.LwiaPartnerStaff, 30), (DirectivePrivilegeGroups.LwiaCboStaff, 25),
        (DirectivePrivilegeGroups.LwiaIntakeStaff, 15), (DirectivePrivilegeGroups.ViewAccess, 8),
        (DirectivePrivilegeGroups.ViewAccessWithReports, 8), (DirectivePrivilegeGroups.LwiaPartnerSupervisor, 7),
        (DirectivePrivilegeGroups.EtplCoordinators, 4), (DirectivePrivilegeGroups.Warn, 3),
    ];

    private static readonly (string Group, int Weight)[] DivisionGroups =
    [
        (DirectivePrivilegeGroups.EddWsbStaff, 60), (DirectivePrivilegeGroups.Dvop, 9), (DirectivePrivilegeGroups.EddWsbSupervisor, 8),
        (DirectivePrivilegeGroups.Lver, 7), (DirectivePrivilegeGroups.TaaCoordinators, 6), (DirectivePrivilegeGroups.EddElCentroHelpdesk, 1),
    ];

    private Randomizer Random => people.Random;

    public AccountDraft Draft(AreaPlan area, OfficePlan office, Person supervisor, Lifecycle state, string number)
    {
        var (staff, username) = people.NextStaff(area.EmailDomain, office.AreaCode, number);
        var kind = area.IsLocalArea ? StaffKind.NonEdd : StaffKind.Edd;
        var group = GroupFor(area);

        DateOnly last;
        DateOnly? separation = null, deactivated = null;
        switch (state)
        {
            case Lifecycle.PendingFirstSignIn:
                last = today.AddDays(-Random.Number(0, 45));
                break;
            case Lifecycle.SuspendedOverdueRenewal:
                // Due on or before today; most fell due in the last months.
                last = today.AddYears(-1).AddDays(-Skewed(364));
                break;
            case Lifecycle.DeactivatedOnTime:
            {
                last = today.AddDays(-Random.Number(30, 1_095));
                var on = last.AddDays(Random.Number(1, Window(last)));
                deactivated = on;
                separation = on.AddDays(Random.Number(0, Math.Min(14, today.DayNumber - on.DayNumber)));
                break;
            }
            case Lifecycle.DeactivatedLate:
            {
                last = today.AddDays(-Random.Number(30, 1_095));
                var separated = last.AddDays(Random.Number(1, Window(last) - 1));
                separation = separated;
                deactivated = Min(today, separated.AddDays(1 + Skewed(89)));
                break;
            }
            default: // Active, or suspended by the Operations Unit: renewed or created within the year, so not yet due.
                last = today.AddDays(-Random.Number(0, 364));
                break;
        }

        var created = last;
        DateOnly? renewed = null;
        var years = Math.Min(8, last.Year - CalJobsFirstYear);
        if (state != Lifecycle.PendingFirstSignIn && years >= 1 && Random.Bool(0.65f))
        {
            // Renewed every year since creation, each time a little before the due date.
            created = last.AddYears(-Random.Number(1, years)).AddDays(Random.Number(0, 30));
            renewed = last;
        }

        return new AccountDraft(staff, username, kind, area, office, supervisor, group,
            IspaCompletedOn: last.AddDays(-Random.Number(0, 300)),
            kind.RequiredStatement(),
            StatementSignedOn: last.AddDays(-Random.Number(0, 300)),
            created, renewed, RenewalDueOn: last.AddYears(1), state, separation, deactivated);
    }

    /// <summary>A group the administering area's administrators may grant (GRP-1 for Local Areas, GRP-2 for divisions).</summary>
    private string GroupFor(AreaPlan area)
    {
        if (area.IsLocalArea)
            return Pick(LocalAreaGroups, helpdeskWeight: 0);
        // The CalJOBS Public Help Desk sits in El Centro: its staff belong to the Imperial division.
        return Pick(DivisionGroups, helpdeskWeight: area.Name.Contains("Imperial", StringComparison.Ordinal) ? 25 : 1);
    }

    private string Pick((string Group, int Weight)[] groups, int helpdeskWeight)
    {
        int WeightOf((string Group, int Weight) g) => g.Group == DirectivePrivilegeGroups.EddElCentroHelpdesk ? helpdeskWeight : g.Weight;
        var roll = Random.Number(0, groups.Sum(WeightOf) - 1);
        foreach (var g in groups)
        {
            roll -= WeightOf(g);
            if (roll < 0)
                return g.Group;
        }
        return groups[0].Group;
    }

    /// <summary>Days after the last act within which a deactivation falls: before the next due date, and not after today.</summary>
    private int Window(DateOnly last) => Math.Min(364, today.DayNumber - last.DayNumber);

    /// <summary>0..max, most of them small.</summary>
    private int Skewed(int max)
    {
        var u = Random.Double();
        return (int)(u * u * max);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
