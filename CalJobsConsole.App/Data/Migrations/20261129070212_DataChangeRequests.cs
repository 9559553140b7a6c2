using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CalJobsConsole.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class DataChangeRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataChangeRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FiledById = table.Column<Guid>(type: "TEXT", nullable: false),
                    FiledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ParticipantReference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FieldName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CurrentValue = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RequestedValue = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SignatureName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataChangeRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ParticipantAssistanceContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssistedStaffName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ParticipantReference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantAssistanceContacts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DataChangeRequests_AreaId_Status",
                table: "DataChangeRequests",
                columns: new[] { "AreaId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DataChangeRequests_FiledById",
                table: "DataChangeRequests",
                column: "FiledById");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantAssistanceContacts_AreaId_ContactedOn",
                table: "ParticipantAssistanceContacts",
                columns: new[] { "AreaId", "ContactedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataChangeRequests");

            migrationBuilder.DropTable(
                name: "ParticipantAssistanceContacts");
        }
    }
}
