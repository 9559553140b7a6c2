using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CalJobsConsole.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class DesignationForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DesignationForms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DesignationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AccountableSignerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NewContact_Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    NewContact_FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NewContact_Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Person_Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Person_FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Person_Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "IX_DesignationForms_AreaId_Status",
                table: "DesignationForms",
                columns: new[] { "AreaId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DesignationForms");
        }
    }
}
