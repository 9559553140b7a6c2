using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CalJobsConsole.App.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class FiledFormRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "FiledByConsole",
                table: "EvidenceDocuments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "FiledRecord_FiledAt",
                table: "DesignationForms",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FiledRecord_Sha256",
                table: "DesignationForms",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FiledRecord_SizeBytes",
                table: "DesignationForms",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FiledByConsole",
                table: "EvidenceDocuments");

            migrationBuilder.DropColumn(
                name: "FiledRecord_FiledAt",
                table: "DesignationForms");

            migrationBuilder.DropColumn(
                name: "FiledRecord_Sha256",
                table: "DesignationForms");

            migrationBuilder.DropColumn(
                name: "FiledRecord_SizeBytes",
                table: "DesignationForms");
        }
    }
}
