using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CalJobsConsole.App.Data.Migrations
{
    /// <summary>
    /// Issue 18: a staff account belongs to a person (StaffAccount.PersonId), who may hold several over time (a rehire) or
    /// other roles besides; at most one of a person's accounts is not deactivated (REQ-1, a filtered unique index).
    /// </summary>
    public partial class StaffAccountPerson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PersonId",
                table: "StaffAccounts",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Until now an account and its staff member's console user shared one id: each existing account is its own person's.
            migrationBuilder.Sql("UPDATE \"StaffAccounts\" SET \"PersonId\" = \"Id\";");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_OneOpenPerPerson",
                table: "StaffAccounts",
                column: "PersonId",
                unique: true,
                filter: "\"Status\" <> 'Deactivated'");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_PersonId_CreatedOn",
                table: "StaffAccounts",
                columns: new[] { "PersonId", "CreatedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StaffAccounts_OneOpenPerPerson",
                table: "StaffAccounts");

            migrationBuilder.DropIndex(
                name: "IX_StaffAccounts_PersonId_CreatedOn",
                table: "StaffAccounts");

            migrationBuilder.DropColumn(
                name: "PersonId",
                table: "StaffAccounts");
        }
    }
}
