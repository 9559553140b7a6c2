using CalJobsConsole.App.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CalJobsConsole.App.Data.Migrations
{
    /// <summary>
    /// Issue 17 (jobs that cost what is due): open accounts by renewal due date and id, deactivated ones left out — the
    /// renewal jobs' batched, keyset reads (StaffAccountConfiguration.OpenByRenewalDueIndex).
    /// </summary>
    [DbContext(typeof(ConsoleDbContext))]
    [Migration("20261202090000_JobsOpenAccountsByRenewalDueIndex")]
    public partial class JobsOpenAccountsByRenewalDueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_OpenByRenewalDue",
                table: "StaffAccounts",
                columns: new[] { "RenewalDueOn", "Id" },
                filter: "\"Status\" <> 'Deactivated'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StaffAccounts_OpenByRenewalDue",
                table: "StaffAccounts");
        }
    }
}
