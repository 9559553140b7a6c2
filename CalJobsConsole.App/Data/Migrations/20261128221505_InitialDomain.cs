using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CalJobsConsole.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialDomain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FulfilledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Form_AccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Form_AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Form_BusinessNeed = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Form_Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Form_OfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Form_RequestedGroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Form_RequestorVerifiedAttestations = table.Column<bool>(type: "INTEGER", nullable: false),
                    Form_RequestorVerifiedBusinessNeed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Form_SeparationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Form_StaffKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Form_Attestations_Discriminator = table.Column<string>(type: "TEXT", nullable: true),
                    Form_Attestations_IspaCompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Form_Attestations_Statement_Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Form_Attestations_Statement_Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Form_Attestations_Statement_Refused = table.Column<bool>(type: "INTEGER", nullable: true),
                    Form_Staff_Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Form_Staff_FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Form_Staff_Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Areas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DirectorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Director_Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Director_FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Director_Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Areas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Escalations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaisedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PrivilegeGroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrivilegeCodes = table.Column<string>(type: "TEXT", nullable: false),
                    BrokenRuleCodes = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Escalations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    FileType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrivilegeGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsDirectiveGroup = table.Column<bool>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PrivilegeCodes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivilegeGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Privileges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsRestricted = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Privileges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Username = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StaffKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupervisorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrivilegeGroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExtraPrivilegeCodes = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SuspensionCause = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SuspensionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ActivatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastRenewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RenewalDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MustChangePassword = table.Column<bool>(type: "INTEGER", nullable: false),
                    SeparationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ScheduledDeactivationOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ScheduledDeactivationRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeactivatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeactivationDaysLate = table.Column<int>(type: "INTEGER", nullable: true),
                    Attestations_IspaCompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Attestations_Statement_Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Attestations_Statement_Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Attestations_Statement_Refused = table.Column<bool>(type: "INTEGER", nullable: false),
                    Staff_Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Staff_FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Staff_Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TemporaryCredential_ExpiredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TemporaryCredential_IssuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TemporaryCredential_UsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffAccounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AdministratorDesignations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SeatNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Coverage = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TrainingCompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AddedBy_AccountableSignerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedBy_ActedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedBy_RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedBy_SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Contact_Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Contact_FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Contact_Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
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
                name: "Designees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NamedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Contact_Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Contact_FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Contact_Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LocalAreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServingDivisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HasTitleIPartner = table.Column<bool>(type: "INTEGER", nullable: false)
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
                name: "IX_Offices_LocalAreaId",
                table: "Offices",
                column: "LocalAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Offices_ServingDivisionId",
                table: "Offices",
                column: "ServingDivisionId");

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
                name: "IX_StaffAccounts_AreaId_Status",
                table: "StaffAccounts",
                columns: new[] { "AreaId", "Status" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessRequests");

            migrationBuilder.DropTable(
                name: "AdministratorDesignations");

            migrationBuilder.DropTable(
                name: "Designees");

            migrationBuilder.DropTable(
                name: "Escalations");

            migrationBuilder.DropTable(
                name: "EvidenceDocuments");

            migrationBuilder.DropTable(
                name: "Offices");

            migrationBuilder.DropTable(
                name: "PrivilegeGroups");

            migrationBuilder.DropTable(
                name: "Privileges");

            migrationBuilder.DropTable(
                name: "StaffAccounts");

            migrationBuilder.DropTable(
                name: "Areas");
        }
    }
}
