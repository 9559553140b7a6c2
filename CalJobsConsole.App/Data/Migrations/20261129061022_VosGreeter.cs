using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CalJobsConsole.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class VosGreeter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CheckInSetups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckInSetups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CheckInReasonProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SetupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Program = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProposedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SetupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Program = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    FromProposalId = table.Column<Guid>(type: "TEXT", nullable: true)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CheckInReasonProposals");

            migrationBuilder.DropTable(
                name: "CheckInReasons");

            migrationBuilder.DropTable(
                name: "CheckInSetups");
        }
    }
}
