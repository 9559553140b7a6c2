using System.Globalization;
using CalJobsConsole.Domain.Accounts;
using CalJobsConsole.Domain.Attestations;
using CalJobsConsole.Domain.Common;
using CalJobsConsole.Domain.Privileges;
using CsvHelper;

namespace CalJobsConsole.Benchmarks.Generation;

/// <summary>What a generated file holds, by record kind and lifecycle state, and where its problem rows are.</summary>
public sealed record GenerationSummary(
    int Areas,
    int Offices,
    int Administrators,
    int StaffAccounts,
    IReadOnlyDictionary<Lifecycle, int> Lifecycles,
    IReadOnlyList<InjectedProblem> Problems)
{
    /// <summary>Rows after the header.</summary>
    public long Rows => Areas + Offices + Administrators + StaffAccounts + Problems.Count;
}

/// <summary>
/// Writes a statewide import file (the shared layout of issue 17, docs/generator.md) from a seed: the same seed, shape and
/// today give the same bytes. Rows are streamed: areas, offices, administrators, then the staff accounts office by office,
/// with at most one office's supervisors in memory, so a million rows cost what ten thousand do.
/// </summary>
public static class StatewideCsvGenerator
{
    public const int DefaultSeed = 17;

    /// <summary>RFC 4180: CRLF, quotes only where a cell needs them, invariant culture. No formula escaping: no generated cell
    /// starts with <c>= @ + -</c>, and an escape character would change the data the import reads.</summary>
    private static readonly CsvWriterOptions Csv = CsvWriterOptions.Default with { NewLine = "\r\n", FormatProvider = CultureInfo.InvariantCulture };

    /// <summary>
    /// Writes the file to <paramref name="output"/> (left open). <paramref name="today"/> is the last day any act may fall
    /// on (default: today in America/Los_Angeles); <paramref name="problems"/> extra rows each break one rule (see <see cref="ProblemKind"/>).
    /// </summary>
    public static GenerationSummary Write(TextWriter output, StatewideShape shape, int seed, DateOnly? today = null, int problems = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(problems);
        using var csv = CsvWriter.Create(output, Csv, leaveOpen: true);
        var summary = new Run(new ImportRowWriter(csv), shape, seed, today ?? new BusinessClock(TimeProvider.System).Today, problems).Write();
        csv.Flush();
        return summary;
    }

    /// <summary>One file's writing: three random streams from the seed (the map, the accounts, the problem rows), so the map is
    /// the same at every size and the clean rows the same with or without problems.</summary>
    private sealed class Run
    {
        private const string UnknownOffice = "Atlantis AJCC";
        private readonly ImportRowWriter _rows;
        private readonly StatewideShape _shape;
        private readonly DateOnly _today;
        private readonly StatewideOrganisation _organisation;
        private readonly People _staffPeople;
        private readonly AccountDrafter _accounts;
        private readonly People _problemPeople;
        private readonly AccountDrafter _problemAccounts;
        private readonly int _problemCount;
        private readonly List<InjectedProblem> _problems = [];
        private readonly Dictionary<Lifecycle, int> _lifecycles = Enum.GetValues<Lifecycle>().ToDictionary(s => s, _ => 0);
        private readonly int _numberStep;
        private readonly int _numberOffset;
        private string? _firstUsername;
        private int _written;

        public Run(ImportRowWriter rows, StatewideShape shape, int seed, DateOnly today, int problems)
        {
            _rows = rows;
            _shape = shape;
            _today = today;
            _problemCount = problems;
            var organisationPeople = new People(Derive(seed, 1));
            _organisation = StatewideOrganisation.Draw(shape, organisationPeople, today);
            _staffPeople = new People(Derive(seed, 2), organisationPeople.NamedEmails);
            _accounts = new AccountDrafter(_staffPeople, today);
            // Problem rows never add to the named people's e-mails: the clean rows stay as they are without them.
            _problemPeople = new People(Derive(seed, 3), new HashSet<string>(organisationPeople.NamedEmails, StringComparer.OrdinalIgnoreCase));
            _problemAccounts = new AccountDrafter(_problemPeople, today);
            // Account numbers: a permutation of 0..9,999,999 (step coprime to 10^7), so usernames look unsorted yet never clash.
            _numberStep = 7_368_787;
            _numberOffset = _staffPeople.Random.Number(0, 9_999_999);
        }

        public GenerationSummary Write()
        {
            _rows.WriteHeader();
            foreach (var area in _organisation.Areas)
                _rows.Area(area);
            foreach (var office in _organisation.Offices)
                _rows.Office(office, _organisation);
            foreach (var administrator in _organisation.Administrators)
                _rows.Administrator(administrator, _organisation);
            WriteAccounts();
            while (_problems.Count < _problemCount) // a file of no accounts still gets its problem rows
                WriteProblem(_organisation.Areas[0], _organisation.Offices[_organisation.Areas[0].Offices[0]], null);
            return new GenerationSummary(_organisation.Areas.Count, _organisation.Offices.Count, _organisation.Administrators.Count,
                _written, _lifecycles, _problems);
        }

        private void WriteAccounts()
        {
            var deck = new LifecycleDeck(_shape.LifecycleCounts());
            var byKind = StatewideShape.Apportion(_shape.Accounts, [1 - _shape.FieldDivisionShare, _shape.FieldDivisionShare]);
            var localAreas = _organisation.Areas.Where(a => a.IsLocalArea).ToList();
            var divisions = _organisation.Areas.Where(a => !a.IsLocalArea).ToList();
            var perArea = StatewideShape.Apportion(byKind[0], localAreas.Select(a => a.Weight).ToArray())
                .Concat(StatewideShape.Apportion(byKind[1], divisions.Select(a => a.Weight).ToArray())).ToArray();
            var areas = localAreas.Concat(divisions).ToList();
            for (var a = 0; a < areas.Count; a++)
            {
                var area = areas[a];
                var perOffice = StatewideShape.Apportion(perArea[a], area.OfficeWeights);
                for (var k = 0; k < area.Offices.Count; k++)
                    WriteOffice(area, _organisation.Offices[area.Offices[k]], perOffice[k], deck);
            }
        }

        /// <summary>One office's staff of one area, with ~1 supervisor per 12–20 of them.</summary>
        private void WriteOffice(AreaPlan area, OfficePlan office, int count, LifecycleDeck deck)
        {
            if (count == 0)
                return;
            var span = _staffPeople.Random.Number(12, 20);
            var supervisors = Enumerable.Range(0, Math.Max(1, (count + span - 1) / span))
                .Select(_ => _staffPeople.Next(area.EmailDomain, office.AreaCode)).ToList();
            for (var i = 0; i < count; i++)
            {
                var state = deck.Draw(_staffPeople.Random);
                var supervisor = supervisors[(int)((long)i * supervisors.Count / count)];
                var draft = _accounts.Draft(area, office, supervisor, state, AccountNumber(_written));
                _rows.Account(draft);
                _firstUsername ??= draft.Username;
                _lifecycles[state]++;
                _written++;
                while (_problems.Count < _problemCount && ProblemDueAfter(_problems.Count) <= _written)
                    WriteProblem(area, office, supervisor);
            }
        }

        /// <summary>Problem rows spread evenly among the accounts: problem j after account ⌊(j+1)·accounts/(problems+1)⌋ (at least the first).</summary>
        private long ProblemDueAfter(int j) => Math.Max(1, (long)(j + 1) * _shape.Accounts / (_problemCount + 1));

        private string AccountNumber(int index) =>
            ((int)(((long)index * _numberStep + _numberOffset) % 10_000_000)).ToString("D7", CultureInfo.InvariantCulture);

        private void WriteProblem(AreaPlan area, OfficePlan office, Person? supervisor)
        {
            var j = _problems.Count;
            var kind = (ProblemKind)(j % Enum.GetValues<ProblemKind>().Length);
            var line = _rows.Line + 1;
            if (kind == ProblemKind.TooManyAdministrators)
            {
                var full = _organisation.Areas.Select((a, i) => (Area: a, Index: i)).Where(x => x.Area.Administrators >= x.Area.Cap).ToList();
                var (fullArea, index) = full[(j / Enum.GetValues<ProblemKind>().Length) % full.Count];
                var extra = StatewideOrganisation.DrawAdministrator(index, fullArea, _organisation.Offices, _shape, _problemPeople, _today);
                _rows.Administrator(extra with { CoveredOffices = null }, _organisation);
                _problems.Add(new InjectedProblem(kind, line, $"administrator {extra.Person.Email} beyond {fullArea.Name}'s {fullArea.Cap} seats"));
                return;
            }

            supervisor ??= _problemPeople.Next(area.EmailDomain, office.AreaCode);
            // Eight digits: never one of the clean rows' seven-digit numbers.
            var draft = _problemAccounts.Draft(area, office, supervisor, Lifecycle.Active, "8" + j.ToString("D7", CultureInfo.InvariantCulture));
            string detail;
            switch (kind)
            {
                case ProblemKind.DuplicateUsername:
                    if (_firstUsername is null)
                    {
                        _rows.Account(draft); // a file of no accounts: this row is the original, counted as an account
                        _firstUsername = draft.Username;
                        _lifecycles[Lifecycle.Active]++;
                        _written++;
                        line++;
                    }
                    draft = draft with { Username = _firstUsername };
                    detail = $"username {_firstUsername} again";
                    break;
                case ProblemKind.UnknownOffice:
                    draft = draft with { Office = office with { Name = UnknownOffice } };
                    detail = $"office {UnknownOffice}";
                    break;
                case ProblemKind.FutureDate:
                    draft = draft with { IspaCompletedOn = _today.AddDays(_problemPeople.Random.Number(10, 60)) };
                    detail = $"ISPA completed on {draft.IspaCompletedOn:yyyy-MM-dd}, after today";
                    break;
                case ProblemKind.WrongStatementKind:
                    var wrong = draft.StaffKind == StaffKind.Edd ? ConfidentialityStatementKind.AttachmentE1 : ConfidentialityStatementKind.De7410;
                    draft = draft with { StatementKind = wrong };
                    detail = $"{ImportRowWriter.StaffKindText(draft.StaffKind)} staff with the {wrong.DisplayName()}";
                    break;
                case ProblemKind.GroupAreaMayNotGrant:
                    var group = area.IsLocalArea ? DirectivePrivilegeGroups.EddWsbStaff : DirectivePrivilegeGroups.LwiaPartnerStaff;
                    draft = draft with { PrivilegeGroup = group };
                    detail = $"group {group} in {area.Name}";
                    break;
                default: // BadDateText
                    var text = j / Enum.GetValues<ProblemKind>().Length % 2 == 0 ? "2025-02-30" : "13/05/2025";
                    _rows.Account(draft, createdOnText: text);
                    _problems.Add(new InjectedProblem(kind, line, $"CreatedOn '{text}'"));
                    return;
            }
            _rows.Account(draft);
            _problems.Add(new InjectedProblem(kind, line, detail));
        }

        /// <summary>A seed of its own for each random stream of the file.</summary>
        private static int Derive(int seed, int stream) => unchecked(seed * 31 + stream * 1_000_003);
    }

    /// <summary>Draws lifecycle states without replacement: each state ends with exactly its count, in random order.</summary>
    private sealed class LifecycleDeck(IReadOnlyDictionary<Lifecycle, int> counts)
    {
        private readonly Lifecycle[] _states = [.. counts.Keys.Order()];
        private readonly int[] _left = [.. counts.Keys.Order().Select(k => counts[k])];

        public Lifecycle Draw(Bogus.Randomizer random)
        {
            var total = _left.Sum();
            if (total == 0)
                return Lifecycle.Active;
            var roll = random.Number(0, total - 1);
            for (var i = 0; i < _left.Length; i++)
            {
                if (roll < _left[i])
                {
                    _left[i]--;
                    return _states[i];
                }
                roll -= _left[i];
            }
            throw new InvalidOperationException("unreachable");
        }
    }
}
