using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CalJobsConsole.App.Data.PostgreSql.Migrations
{
    /// <summary>
    /// PostgreSQL's schema as SQLite's 52 migrations left it (issue 19), with the two indexes EF Core 10 cannot declare on a complex
    /// property's columns (dotnet/efcore#31246), created here as SQLite's AccountListIndexes and DeskFiguresIndex create them.
    /// From here on every model change is added to both sets.
    /// </summary>
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestorId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: false),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FulfilledAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Form_AccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    Form_AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Form_BusinessNeed = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Form_Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Form_OfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Form_RequestedGroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    Form_RequestorVerifiedAttestations = table.Column<bool>(type: "boolean", nullable: false),
                    Form_RequestorVerifiedBusinessNeed = table.Column<bool>(type: "boolean", nullable: false),
                    Form_SeparationDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Form_StaffKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Form_Attestations_Discriminator = table.Column<string>(type: "text", nullable: true),
                    Form_Attestations_IspaCompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Form_Attestations_Statement_Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Form_Attestations_Statement_Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Form_Attestations_Statement_Refused = table.Column<bool>(type: "boolean", nullable: true),
                    Form_Staff_Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Form_Staff_FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Form_Staff_Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Areas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DirectorId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Director_Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Director_FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Director_Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Areas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LastSignInAt = table.Column<long>(type: "bigint", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<long>(type: "bigint", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CheckInSetups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckInSetups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataChangeRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    FiledById = table.Column<Guid>(type: "uuid", nullable: false),
                    FiledAt = table.Column<long>(type: "bigint", nullable: false),
                    ParticipantReference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FieldName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CurrentValue = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RequestedValue = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SignatureName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataChangeRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Escalations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    RaisedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RaisedAt = table.Column<long>(type: "bigint", nullable: false),
                    PrivilegeGroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    PrivilegeCodes = table.Column<string[]>(type: "text[]", nullable: false),
                    BrokenRuleCodes = table.Column<string[]>(type: "text[]", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Escalations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    FileType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    UploadedById = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    StoredFileName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    UploadedById = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAt = table.Column<long>(type: "bigint", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CheckedAt = table.Column<long>(type: "bigint", nullable: true),
                    ConfirmedById = table.Column<Guid>(type: "uuid", nullable: true),
                    ConfirmedAt = table.Column<long>(type: "bigint", nullable: true),
                    CommittedAt = table.Column<long>(type: "bigint", nullable: true),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    ToCreate = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    Differing = table.Column<int>(type: "integer", nullable: false),
                    Problems = table.Column<int>(type: "integer", nullable: false),
                    Created = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IssueReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReporterId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Summary = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReportedAt = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HandledById = table.Column<Guid>(type: "uuid", nullable: true),
                    VerifiedAt = table.Column<long>(type: "bigint", nullable: true),
                    UserErrorNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    FormWhatHappened = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    FormWhere = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    FormOccurredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FormStepsToReproduce = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    FormAffectedUsersAndAccounts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: true),
                    ResolvedAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssueReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobRunMarks",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRunMarks", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Trigger = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    QueuedAt = table.Column<long>(type: "bigint", nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: true),
                    FinishedAt = table.Column<long>(type: "bigint", nullable: true),
                    HeartbeatAt = table.Column<long>(type: "bigint", nullable: true),
                    Done = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Error = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    BackgroundJobId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    QuarterNumber = table.Column<int>(type: "integer", nullable: false),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    AsOf = table.Column<long>(type: "bigint", nullable: false),
                    SizePerStratum = table.Column<int>(type: "integer", nullable: false),
                    DrawnAt = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PublishedAt = table.Column<long>(type: "bigint", nullable: true),
                    PublishedById = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringReviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Colour = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    PublishedById = table.Column<Guid>(type: "uuid", nullable: false),
                    PublishedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    EmailState = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EmailAttempts = table.Column<int>(type: "integer", nullable: false),
                    LastAttemptAt = table.Column<long>(type: "bigint", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    NextAttemptAt = table.Column<long>(type: "bigint", nullable: true),
                    SentAt = table.Column<long>(type: "bigint", nullable: true),
                    ProtectedSecret = table.Column<string>(type: "text", nullable: true),
                    SecretRemovedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ParticipantAssistanceContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    AssistedStaffName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ParticipantReference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantAssistanceContacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrivilegeGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Authority = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IsDirectiveGroup = table.Column<bool>(type: "boolean", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PrivilegeCodes = table.Column<string[]>(type: "text[]", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivilegeGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Privileges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsRestricted = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Privileges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Username = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StaffKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupervisorId = table.Column<Guid>(type: "uuid", nullable: false),
                    PrivilegeGroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExtraPrivilegeCodes = table.Column<string[]>(type: "text[]", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SuspensionCause = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SuspensionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ActivatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastRenewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RenewalDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MustChangePassword = table.Column<bool>(type: "boolean", nullable: false),
                    SeparationDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ScheduledDeactivationOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ScheduledDeactivationRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    DeactivatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeactivationDaysLate = table.Column<int>(type: "integer", nullable: true),
                    EvidencedActRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActEvidenceComplete = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Attestations_IspaCompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Attestations_Statement_Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Attestations_Statement_Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Attestations_Statement_Refused = table.Column<bool>(type: "boolean", nullable: false),
                    Staff_Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Staff_FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Staff_Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    TemporaryCredential_ExpiredAt = table.Column<long>(type: "bigint", nullable: true),
                    TemporaryCredential_IssuedAt = table.Column<long>(type: "bigint", nullable: true),
                    TemporaryCredential_UsedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffAccounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AdministratorDesignations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SeatNumber = table.Column<int>(type: "integer", nullable: false),
                    Coverage = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    TrainingCompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SuspendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SuspensionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    AddedBy_AccountableSignerId = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedBy_ActedById = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedBy_RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedBy_SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Contact_Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Contact_FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Contact_Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdministratorDesignations", x => x.Id);
                    table.CheckConstraint("CK_AdministratorDesignations_SeatWithinCap", "\"SeatNumber\" >= 1 AND (\"Role\" = 'MisAdministrator' AND \"SeatNumber\" <= 3 OR \"Role\" = 'CalJobsSpoc' AND \"SeatNumber\" <= 5)");
                    table.ForeignKey(
                        name: "FK_AdministratorDesignations_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DesignationForms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DesignationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AccountableSignerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActedById = table.Column<Guid>(type: "uuid", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    NewContact_Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    NewContact_FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NewContact_Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Person_Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Person_FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Person_Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DesignationForms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DesignationForms_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Designees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    NamedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Contact_Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Contact_FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Contact_Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Designees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Designees_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Offices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LocalAreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServingDivisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    HasTitleIPartner = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offices_Areas_LocalAreaId",
                        column: x => x.LocalAreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Offices_Areas_ServingDivisionId",
                        column: x => x.ServingDivisionId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuedById = table.Column<Guid>(type: "uuid", nullable: true),
                    IssuedAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    AcceptedAt = table.Column<long>(type: "bigint", nullable: true),
                    RevokedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Invitations_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CheckInReasonProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SetupId = table.Column<Guid>(type: "uuid", nullable: false),
                    Label = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Program = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProposedById = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposedAt = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckInReasonProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckInReasonProposals_CheckInSetups_SetupId",
                        column: x => x.SetupId,
                        principalTable: "CheckInSetups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CheckInReasons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SetupId = table.Column<Guid>(type: "uuid", nullable: false),
                    Label = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Program = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    FromProposalId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckInReasons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckInReasons_CheckInSetups_SetupId",
                        column: x => x.SetupId,
                        principalTable: "CheckInSetups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportProblems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    RowNumber = table.Column<int>(type: "integer", nullable: true),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Blocking = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportProblems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportProblems_ImportBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "ImportBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IssueMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    WrittenAt = table.Column<long>(type: "bigint", nullable: false),
                    MarksResolved = table.Column<bool>(type: "boolean", nullable: false),
                    RelaysMessageId = table.Column<Guid>(type: "uuid", nullable: true),
                    IssueReportId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssueMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssueMessages_IssueReports_IssueReportId",
                        column: x => x.IssueReportId,
                        principalTable: "IssueReports",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_IssueMessages_IssueReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "IssueReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IssueScreenshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    UploadedById = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssueScreenshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssueScreenshots_IssueReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "IssueReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringSamples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stratum = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Username = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StaffName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringSamples", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringSamples_MonitoringReviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "MonitoringReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NoticeRecipients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NoticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Standing = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DeliveredAt = table.Column<long>(type: "bigint", nullable: false),
                    ReadAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeRecipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NoticeRecipients_Notices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "Notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NoticeRelays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NoticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    RelayedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RelayedAt = table.Column<long>(type: "bigint", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeRelays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NoticeRelays_Notices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "Notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InAppMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ProtectedSecret = table.Column<string>(type: "text", nullable: true),
                    SecretRemovedAt = table.Column<long>(type: "bigint", nullable: true),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    NotificationId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsCopy = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ReadAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InAppMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InAppMessages_Notifications_NotificationId",
                        column: x => x.NotificationId,
                        principalTable: "Notifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "NotificationRecipients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsCopy = table.Column<bool>(type: "boolean", nullable: false),
                    NotificationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationRecipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NotificationRecipients_Notifications_NotificationId",
                        column: x => x.NotificationId,
                        principalTable: "Notifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RenewalReminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Threshold = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RenewalReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RenewalReminders_StaffAccounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "StaffAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequestorRegistrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegisteredById = table.Column<Guid>(type: "uuid", nullable: false),
                    RegisteredAt = table.Column<long>(type: "bigint", nullable: false),
                    EndedById = table.Column<Guid>(type: "uuid", nullable: true),
                    EndedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestorRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestorRegistrations_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestorRegistrations_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestorRegistrations_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringFindings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    SampleId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Remedy = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RequestNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: true),
                    RequestedById = table.Column<Guid>(type: "uuid", nullable: true),
                    AnswerText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AnswerDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    AnsweredAt = table.Column<long>(type: "bigint", nullable: true),
                    AnsweredById = table.Column<Guid>(type: "uuid", nullable: true),
                    ResolutionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ResolvedAt = table.Column<long>(type: "bigint", nullable: true),
                    ResolvedById = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringFindings_MonitoringSamples_SampleId",
                        column: x => x.SampleId,
                        principalTable: "MonitoringSamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessRequests_RequestorId",
                table: "AccessRequests",
                column: "RequestorId");

            migrationBuilder.CreateIndex(
                name: "IX_AccessRequests_Status",
                table: "AccessRequests",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_AdministratorDesignations_ActivePerson",
                table: "AdministratorDesignations",
                columns: new[] { "AreaId", "PersonId" },
                unique: true,
                filter: "\"Status\" = 'Active'");

            migrationBuilder.CreateIndex(
                name: "IX_AdministratorDesignations_ActiveSeat",
                table: "AdministratorDesignations",
                columns: new[] { "AreaId", "SeatNumber" },
                unique: true,
                filter: "\"Status\" = 'Active'");

            migrationBuilder.CreateIndex(
                name: "IX_Areas_Name",
                table: "Areas",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_AreaId_At",
                table: "AuditRecords",
                columns: new[] { "AreaId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_EntityType_EntityId",
                table: "AuditRecords",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_RequestId",
                table: "AuditRecords",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckInReasonProposals_SetupId",
                table: "CheckInReasonProposals",
                column: "SetupId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckInReasonProposals_Status_ProposedById",
                table: "CheckInReasonProposals",
                columns: new[] { "Status", "ProposedById" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckInReasons_SetupId",
                table: "CheckInReasons",
                column: "SetupId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckInSetups_OfficeId",
                table: "CheckInSetups",
                column: "OfficeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataChangeRequests_AreaId_Status",
                table: "DataChangeRequests",
                columns: new[] { "AreaId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DataChangeRequests_FiledById",
                table: "DataChangeRequests",
                column: "FiledById");

            migrationBuilder.CreateIndex(
                name: "IX_DesignationForms_AreaId_Status",
                table: "DesignationForms",
                columns: new[] { "AreaId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Designees_AreaId",
                table: "Designees",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_Status_AreaId",
                table: "Escalations",
                columns: new[] { "Status", "AreaId" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceDocuments_AccountId",
                table: "EvidenceDocuments",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceDocuments_RequestId",
                table: "EvidenceDocuments",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_UploadedAt",
                table: "ImportBatches",
                column: "UploadedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ImportProblems_BatchId_Code_RowNumber",
                table: "ImportProblems",
                columns: new[] { "BatchId", "Code", "RowNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportProblems_BatchId_RowNumber",
                table: "ImportProblems",
                columns: new[] { "BatchId", "RowNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_InAppMessages_AccountId",
                table: "InAppMessages",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_InAppMessages_NotificationId",
                table: "InAppMessages",
                column: "NotificationId");

            migrationBuilder.CreateIndex(
                name: "IX_InAppMessages_RecipientId_CreatedAt",
                table: "InAppMessages",
                columns: new[] { "RecipientId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_TokenHash",
                table: "Invitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_UserId_IssuedAt",
                table: "Invitations",
                columns: new[] { "UserId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IssueMessages_IssueReportId",
                table: "IssueMessages",
                column: "IssueReportId");

            migrationBuilder.CreateIndex(
                name: "IX_IssueMessages_ReportId",
                table: "IssueMessages",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_IssueReports_AreaId_Status",
                table: "IssueReports",
                columns: new[] { "AreaId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_IssueReports_ReporterId",
                table: "IssueReports",
                column: "ReporterId");

            migrationBuilder.CreateIndex(
                name: "IX_IssueScreenshots_ReportId",
                table: "IssueScreenshots",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_JobName_QueuedAt",
                table: "JobRuns",
                columns: new[] { "JobName", "QueuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_OneActiveRunPerJob",
                table: "JobRuns",
                column: "JobName",
                unique: true,
                filter: "\"State\" IN ('Queued', 'Running')");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringFindings_ReviewId",
                table: "MonitoringFindings",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringFindings_SampleId",
                table: "MonitoringFindings",
                column: "SampleId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringFindings_Status_AreaId",
                table: "MonitoringFindings",
                columns: new[] { "Status", "AreaId" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringReviews_Year_QuarterNumber",
                table: "MonitoringReviews",
                columns: new[] { "Year", "QuarterNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringSamples_AreaId",
                table: "MonitoringSamples",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringSamples_ReviewId_AccountId",
                table: "MonitoringSamples",
                columns: new[] { "ReviewId", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NoticeRecipients_NoticeId_PersonId",
                table: "NoticeRecipients",
                columns: new[] { "NoticeId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NoticeRecipients_PersonId",
                table: "NoticeRecipients",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeRelays_NoticeId_AreaId",
                table: "NoticeRelays",
                columns: new[] { "NoticeId", "AreaId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notices_PublishedAt",
                table: "Notices",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_NotificationRecipients_NotificationId",
                table: "NotificationRecipients",
                column: "NotificationId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_AccountId",
                table: "Notifications",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_CreatedAt",
                table: "Notifications",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_EmailState_NextAttemptAt",
                table: "Notifications",
                columns: new[] { "EmailState", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Offices_LocalAreaId",
                table: "Offices",
                column: "LocalAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Offices_ServingDivisionId",
                table: "Offices",
                column: "ServingDivisionId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantAssistanceContacts_AreaId_ContactedOn",
                table: "ParticipantAssistanceContacts",
                columns: new[] { "AreaId", "ContactedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivilegeGroups_Name",
                table: "PrivilegeGroups",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Privileges_Code",
                table: "Privileges",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RenewalReminders_Key",
                table: "RenewalReminders",
                columns: new[] { "AccountId", "DueOn", "Threshold" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RequestorRegistrations_AreaId_EndedAt",
                table: "RequestorRegistrations",
                columns: new[] { "AreaId", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestorRegistrations_OfficeId",
                table: "RequestorRegistrations",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestorRegistrations_PersonId_AreaId_OfficeId",
                table: "RequestorRegistrations",
                columns: new[] { "PersonId", "AreaId", "OfficeId" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_ComplianceFigures",
                table: "StaffAccounts",
                columns: new[] { "AreaId", "Status", "RenewalDueOn", "SeparationDate", "DeactivationDaysLate", "ActEvidenceComplete" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_EvidencedActRequestId",
                table: "StaffAccounts",
                column: "EvidencedActRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_OneOpenPerPerson",
                table: "StaffAccounts",
                column: "PersonId",
                unique: true,
                filter: "\"Status\" <> 'Deactivated'");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_OpenByRenewalDue",
                table: "StaffAccounts",
                columns: new[] { "RenewalDueOn", "Id" },
                filter: "\"Status\" <> 'Deactivated'");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_OpenByStatus",
                table: "StaffAccounts",
                column: "Status",
                filter: "\"Status\" <> 'Deactivated'");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_PersonId_CreatedOn",
                table: "StaffAccounts",
                columns: new[] { "PersonId", "CreatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_RenewalDueOn",
                table: "StaffAccounts",
                column: "RenewalDueOn");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_SupervisorId",
                table: "StaffAccounts",
                column: "SupervisorId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_Username",
                table: "StaffAccounts",
                column: "Username",
                unique: true);

            // StaffAccountConfiguration.ByStaffNameIndex and DeskFiguresIndex (not in the model, see above).
            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_ByStaffName",
                table: "StaffAccounts",
                columns: new[] { "Staff_FullName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_DeskFigures",
                table: "StaffAccounts",
                columns: new[]
                {
                    "AreaId", "Status", "RenewalDueOn", "SeparationDate", "DeactivationDaysLate", "ScheduledDeactivationOn", "OfficeId",
                    "TemporaryCredential_IssuedAt", "TemporaryCredential_UsedAt", "TemporaryCredential_ExpiredAt",
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessRequests");

            migrationBuilder.DropTable(
                name: "AdministratorDesignations");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditRecords");

            migrationBuilder.DropTable(
                name: "CheckInReasonProposals");

            migrationBuilder.DropTable(
                name: "CheckInReasons");

            migrationBuilder.DropTable(
                name: "DataChangeRequests");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DesignationForms");

            migrationBuilder.DropTable(
                name: "Designees");

            migrationBuilder.DropTable(
                name: "Escalations");

            migrationBuilder.DropTable(
                name: "EvidenceDocuments");

            migrationBuilder.DropTable(
                name: "ImportProblems");

            migrationBuilder.DropTable(
                name: "InAppMessages");

            migrationBuilder.DropTable(
                name: "Invitations");

            migrationBuilder.DropTable(
                name: "IssueMessages");

            migrationBuilder.DropTable(
                name: "IssueScreenshots");

            migrationBuilder.DropTable(
                name: "JobRunMarks");

            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropTable(
                name: "MonitoringFindings");

            migrationBuilder.DropTable(
                name: "NoticeRecipients");

            migrationBuilder.DropTable(
                name: "NoticeRelays");

            migrationBuilder.DropTable(
                name: "NotificationRecipients");

            migrationBuilder.DropTable(
                name: "ParticipantAssistanceContacts");

            migrationBuilder.DropTable(
                name: "PrivilegeGroups");

            migrationBuilder.DropTable(
                name: "Privileges");

            migrationBuilder.DropTable(
                name: "RenewalReminders");

            migrationBuilder.DropTable(
                name: "RequestorRegistrations");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "CheckInSetups");

            migrationBuilder.DropTable(
                name: "ImportBatches");

            migrationBuilder.DropTable(
                name: "IssueReports");

            migrationBuilder.DropTable(
                name: "MonitoringSamples");

            migrationBuilder.DropTable(
                name: "Notices");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "StaffAccounts");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Offices");

            migrationBuilder.DropTable(
                name: "MonitoringReviews");

            migrationBuilder.DropTable(
                name: "Areas");
        }
    }
}
