using Microsoft.Data.Sqlite;

namespace CalJobsConsole.Benchmarks;

/// <summary>
/// DEVELOPMENT ONLY (<c>run --dev-seed</c>): fills a freshly migrated database with raw SQL in the statewide shape of
/// issue 17 (65 areas, 157 offices, N staff accounts in every state, one fulfilled request per account plus 1% open ones,
/// two to three evidence records and two audit records per account) — for working on the benchmark before the generator
/// and the import exist. It bypasses every rule of the domain: its figures are NOT the benchmark's and never go in
/// docs/performance.md. The real run generates the file and imports it through the App.
/// </summary>
internal static class DevelopmentSeed
{
    private const string Epoch = "2024-01-01";

    public static void Fill(string databasePath, int accounts, int seed, DateOnly today)
    {
        var random = new Random(seed);
        using var connection = new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;";
            pragma.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        string Id() => Guid.CreateVersion7().ToString().ToUpperInvariant();
        SqliteCommand Prepare(string sql, int parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            for (var i = 0; i < parameters; i++)
                command.Parameters.Add(new SqliteParameter($"@p{i}", null));
            return command;
        }
        void Run(SqliteCommand command, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
        static long Stamp(DateOnly date) => (date.ToDateTime(new TimeOnly(17, 0)).Ticks / 1000) << 11;
        static string D(DateOnly date) => date.ToString("yyyy-MM-dd");

        var operations = Id();
        var groups = new List<string>();
        var group = Prepare("INSERT INTO PrivilegeGroups (Id, Name, Authority, IsDirectiveGroup, Purpose, PrivilegeCodes) VALUES (@p0,@p1,@p2,1,NULL,'[]')", 3);
        foreach (var (name, authority) in new[] { ("View Access", "MisAdministrator"), ("LWIA/CBO Staff", "MisAdministrator"), ("LWIA Partner Staff", "MisAdministrator"),
                     ("LWIA Intake Staff", "MisAdministrator"), ("EDD WSB Staff", "CalJobsSpoc"), ("EDD WSB Supervisor", "CalJobsSpoc") })
        {
            var id = Id();
            groups.Add(id);
            Run(group, id, name, authority);
        }

        var area = Prepare("INSERT INTO Areas (Id, Name, Kind) VALUES (@p0,@p1,@p2)", 3);
        var localAreas = Enumerable.Range(1, 59).Select(i => (Id: Id(), Name: $"Local Area {i:00}")).ToList();
        var divisions = Enumerable.Range(1, 6).Select(i => (Id: Id(), Name: $"WSB Division {i}")).ToList();
        foreach (var (id, name) in localAreas)
            Run(area, id, name, "LocalArea");
        foreach (var (id, name) in divisions)
            Run(area, id, name, "FieldDivision");

        var office = Prepare("INSERT INTO Offices (Id, Name, LocalAreaId, ServingDivisionId, HasTitleIPartner) VALUES (@p0,@p1,@p2,@p3,@p4)", 5);
        var offices = new List<(string Id, int LocalArea)>();
        for (var i = 0; i < 157; i++)
        {
            var localArea = i < 59 ? i : random.Next(59);
            var id = Id();
            offices.Add((id, localArea));
            Run(office, id, $"Office {i + 1:000}", localAreas[localArea].Id, divisions[localArea % 6].Id, i % 3 == 0 ? 1 : 0);
        }

        var designation = Prepare("""
            INSERT INTO AdministratorDesignations (Id, AreaId, PersonId, Role, SeatNumber, Coverage, TrainingCompletedOn, Status,
              AddedBy_AccountableSignerId, AddedBy_ActedById, AddedBy_RecordedById, AddedBy_SignedOn, Contact_Email, Contact_FullName)
            VALUES (@p0,@p1,@p2,@p3,@p4,NULL,@p5,'Active',@p6,@p6,@p6,@p7,@p8,@p9)
            """, 10);
        foreach (var (list, role) in new[] { (localAreas, "MisAdministrator"), (divisions, "CalJobsSpoc") })
        {
            foreach (var (id, name) in list)
            {
                for (var seat = 1; seat <= 2 + random.Next(2); seat++)
                    Run(designation, Id(), id, Id(), role, seat, seat == 3 ? null : Epoch, operations, Epoch,
                        $"admin{seat}.{name.Replace(' ', '.').ToLowerInvariant()}@example.ca.gov", $"Administrator {seat} of {name}");
            }
        }

        var account = Prepare("""
            INSERT INTO StaffAccounts (Id, PersonId, Username, StaffKind, AreaId, OfficeId, SupervisorId, PrivilegeGroupId, ExtraPrivilegeCodes, Status,
              SuspensionCause, CreatedOn, ActivatedOn, LastRenewedOn, RenewalDueOn, MustChangePassword, SeparationDate, DeactivatedOn,
              DeactivationDaysLate, Attestations_IspaCompletedOn, Attestations_Statement_Date, Attestations_Statement_Kind,
              Attestations_Statement_Refused, Staff_Email, Staff_FullName)
            VALUES (@p0,@p0,@p1,@p2,@p3,@p4,@p5,@p6,'[]',@p7,@p8,@p9,@p10,@p11,@p12,@p13,@p14,@p15,@p16,@p17,@p18,@p19,0,@p20,@p21)
            """, 22);
        var request = Prepare("""
            INSERT INTO AccessRequests (Id, RequestorId, Status, SubmittedAt, DecidedById, DecidedAt, FulfilledAt, Form_AccountId, Form_AreaId,
              Form_Kind, Form_OfficeId, Form_RequestedGroupId, Form_RequestorVerifiedAttestations, Form_RequestorVerifiedBusinessNeed,
              Form_StaffKind, Form_Attestations_Discriminator, Form_Attestations_IspaCompletedOn, Form_Attestations_Statement_Date,
              Form_Attestations_Statement_Kind, Form_Attestations_Statement_Refused, Form_Staff_Email, Form_Staff_FullName, CreatedAccountId)
            VALUES (@p0,@p1,@p2,@p3,@p4,@p5,@p6,@p7,@p8,@p9,@p10,@p11,1,1,@p12,'Attestations',@p13,@p14,@p15,0,@p16,@p17,@p18)
            """, 19);
        var evidence = Prepare("""
            INSERT INTO EvidenceDocuments (Id, RequestId, AccountId, Kind, FileName, FileType, Sha256, SizeBytes, UploadedById, UploadedAt)
            VALUES (@p0,@p1,@p2,@p3,'evidence.pdf','Pdf','0000000000000000000000000000000000000000000000000000000000000000',150000,@p4,@p5)
            """, 6);
        var audit = Prepare("INSERT INTO AuditRecords (At, ActorId, Action, EntityType, EntityId, AreaId, Before, After) VALUES (@p0,@p1,@p2,'StaffAccount',@p3,@p4,NULL,NULL)", 5);

        // Area sizes follow a skewed (Zipf-like) curve: one Los Angeles-sized area, many small ones.
        var weights = Enumerable.Range(1, 59).Select(i => 1.0 / i).ToArray();
        var total = weights.Sum();
        var supervisors = Enumerable.Range(0, Math.Max(1, accounts / 20)).Select(_ => Id()).ToArray();
        for (var n = 0; n < accounts; n++)
        {
            var pick = random.NextDouble() * total;
            var localArea = 0;
            while (localArea < 58 && (pick -= weights[localArea]) > 0)
                localArea++;
            var areaOffices = offices.Where(o => o.LocalArea == localArea).ToList();
            var officeId = areaOffices[random.Next(areaOffices.Count)].Id;
            var edd = random.Next(4) == 0;
            var administeredBy = edd ? divisions[localArea % 6].Id : localAreas[localArea].Id;
            var created = today.AddDays(-random.Next(30, 1500));
            var renewalDue = today.AddDays(random.Next(-120, 366));
            var roll = random.Next(100);
            var (status, cause) = roll switch
            {
                < 3 => ("PendingFirstSignIn", (string?)null),
                < 81 => ("Active", null),
                < 86 => ("Suspended", roll < 84 ? "OverdueRenewal" : "OperationsUnit"),
                _ => ("Deactivated", null),
            };
            if (status is "Active" or "PendingFirstSignIn" && renewalDue < today)
                (status, cause) = ("Suspended", "OverdueRenewal"); // the overdue-suspension job has run every night
            DateOnly? separation = status == "Deactivated" || random.Next(100) == 0 ? today.AddDays(-random.Next(1, 200)) : null;
            DateOnly? deactivated = status == "Deactivated" ? separation!.Value.AddDays(random.Next(0, 5)) : null;
            var accountId = Id();
            var attested = renewalDue.AddYears(-1).AddDays(-random.Next(1, 30));
            var kind = edd ? "Edd" : "NonEdd";
            Run(account, accountId, $"user{n:0000000}", kind, administeredBy, officeId, supervisors[random.Next(supervisors.Length)],
                groups[edd ? 4 + random.Next(2) : random.Next(4)], status, cause, D(created), status == "PendingFirstSignIn" ? null : D(created),
                renewalDue.AddYears(-1) > created ? D(renewalDue.AddYears(-1)) : null, D(renewalDue), status == "PendingFirstSignIn" ? 1 : 0,
                separation is { } s ? D(s) : null, deactivated is { } d ? D(d) : null, deactivated is { } dd ? Math.Max(0, dd.DayNumber - separation!.Value.DayNumber - 3) : null,
                edd ? null : D(attested), D(attested), edd ? "De7410" : "AttachmentE1", $"user{n}@example.org", $"Staff Member {n}");
            var requestId = Id();
            Run(request, requestId, supervisors[random.Next(supervisors.Length)], "Fulfilled", Stamp(created.AddDays(-3)), operations, Stamp(created.AddDays(-1)),
                Stamp(created), null, administeredBy, "NewAccount", officeId, null, kind, edd ? null : D(attested), D(attested),
                edd ? "De7410" : "AttachmentE1", $"user{n}@example.org", $"Staff Member {n}", accountId);
            // Most acts are fully evidenced; about one in ten misses a document.
            var required = edd ? new[] { "SystemAccessRequestForm" } : ["SystemAccessRequestForm", "IspaCertificate", "SignedAttachmentE1"];
            var uploaded = random.Next(10) == 0 ? required.Skip(1) : required;
            foreach (var document in uploaded.Append(edd ? "IspaCertificate" : "SystemAccessRequestForm").Take(edd ? 2 : 3))
                Run(evidence, Id(), requestId, accountId, document, operations, Stamp(created));
            Run(audit, Stamp(created), operations, "AccountCreated", accountId, administeredBy);
            Run(audit, Stamp(created.AddDays(1)), operations, "AccountActivated", accountId, administeredBy);
            if (n % 100 == 0)
            {
                // 1% more: requests waiting in the inboxes.
                Run(request, Id(), supervisors[random.Next(supervisors.Length)], "Submitted", Stamp(today.AddDays(-random.Next(0, 20))), null, null,
                    null, accountId, administeredBy, "AnnualRenewal", officeId, null, kind, edd ? null : D(attested), D(attested),
                    edd ? "De7410" : "AttachmentE1", $"user{n}@example.org", $"Staff Member {n}", null);
            }
        }
        transaction.Commit();
    }
}
