using CalJobsConsole.App.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CalJobsConsole.App.Data.Migrations
{
    /// <summary>
    /// Issue 17 (lists at the floor), the accounts list's and the suspensions desk's reads:
    /// <list type="bullet">
    /// <item>accounts by staff name and id, both lists' default sort, so a first page reads 25 index entries instead of
    /// sorting every account — and the desk's open-only filter no longer walks the renewal jobs' partial index with a lookup
    /// per open account (StaffAccountConfiguration.ByStaffNameIndex). Not in the model: EF Core 10 cannot declare an index on
    /// a complex property's column (dotnet/efcore#31246), so the model snapshot does not hold it;</item>
    /// <item>open accounts by status, the narrowest index the desk's count of open accounts can scan
    /// (StaffAccountConfiguration.OpenByStatusIndex).</item>
    /// </list>
    /// </summary>
    [DbContext(typeof(ConsoleDbContext))]
    [Migration("20261202121500_AccountListIndexes")]
    public partial class AccountListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_ByStaffName",
                table: "StaffAccounts",
                columns: new[] { "Staff_FullName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_OpenByStatus",
                table: "StaffAccounts",
                column: "Status",
                filter: "\"Status\" <> 'Deactivated'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StaffAccounts_ByStaffName",
                table: "StaffAccounts");

            migrationBuilder.DropIndex(
                name: "IX_StaffAccounts_OpenByStatus",
                table: "StaffAccounts");
        }
    }
}
