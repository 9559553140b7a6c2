using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CalJobsConsole.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditRequestAndCreatedAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RequestId",
                table: "AuditRecords",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CreatedAccountId",
                table: "AccessRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_RequestId",
                table: "AuditRecords",
                column: "RequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditRecords_RequestId",
                table: "AuditRecords");

            migrationBuilder.DropColumn(
                name: "RequestId",
                table: "AuditRecords");

            migrationBuilder.DropColumn(
                name: "CreatedAccountId",
                table: "AccessRequests");
        }
    }
}
