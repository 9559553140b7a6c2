using CalJobsConsole.App.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CalJobsConsole.App.Data.Migrations
{
    /// <summary>
    /// Issue 17, the administrator's desk at the floor: the area's accounts with every column its figures count
    /// (StaffAccountConfiguration.DeskFiguresIndex) replace the plain (AreaId, Status) index, whose lookups the new index's
    /// leading columns serve, so the accounts table keeps the same number of indexes to write. Not in the model: EF Core 10
    /// cannot declare an index on a complex property's column (dotnet/efcore#31246), and the temporary password's times are one.
    /// </summary>
    [DbContext(typeof(ConsoleDbContext))]
    [Migration("20261202190000_DeskFiguresIndex")]
    public partial class DeskFiguresIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StaffAccounts_AreaId_Status",
                table: "StaffAccounts");

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
            migrationBuilder.DropIndex(
                name: "IX_StaffAccounts_DeskFigures",
                table: "StaffAccounts");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_AreaId_Status",
                table: "StaffAccounts",
                columns: new[] { "AreaId", "Status" });
        }
    }
}
