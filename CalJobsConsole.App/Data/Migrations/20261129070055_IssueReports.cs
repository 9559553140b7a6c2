using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CalJobsConsole.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class IssueReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IssueReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReporterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HandledById = table.Column<Guid>(type: "TEXT", nullable: true),
                    VerifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UserErrorNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FormWhatHappened = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FormWhere = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    FormOccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FormStepsToReproduce = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FormAffectedUsersAndAccounts = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssueReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IssueMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MarksResolved = table.Column<bool>(type: "INTEGER", nullable: false),
                    RelaysMessageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IssueReportId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IssueMessages");

            migrationBuilder.DropTable(
                name: "IssueScreenshots");

            migrationBuilder.DropTable(
                name: "IssueReports");
        }
    }
}
