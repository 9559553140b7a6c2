using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CalJobsConsole.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class FullerForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FormBrowser",
                table: "IssueReports",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FormDevice",
                table: "IssueReports",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "FormOccurredAt",
                table: "IssueReports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FormReporterEmail",
                table: "IssueReports",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FormReporterPhone",
                table: "IssueReports",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FormUrgency",
                table: "IssueReports",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CalJobsUsername",
                table: "DesignationForms",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EffectiveOn",
                table: "DesignationForms",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Organisation",
                table: "DesignationForms",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "DesignationForms",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Form_RequestorPhone",
                table: "AccessRequests",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Form_RequestorTitle",
                table: "AccessRequests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Form_StaffJobTitle",
                table: "AccessRequests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FormBrowser",
                table: "IssueReports");

            migrationBuilder.DropColumn(
                name: "FormDevice",
                table: "IssueReports");

            migrationBuilder.DropColumn(
                name: "FormOccurredAt",
                table: "IssueReports");

            migrationBuilder.DropColumn(
                name: "FormReporterEmail",
                table: "IssueReports");

            migrationBuilder.DropColumn(
                name: "FormReporterPhone",
                table: "IssueReports");

            migrationBuilder.DropColumn(
                name: "FormUrgency",
                table: "IssueReports");

            migrationBuilder.DropColumn(
                name: "CalJobsUsername",
                table: "DesignationForms");

            migrationBuilder.DropColumn(
                name: "EffectiveOn",
                table: "DesignationForms");

            migrationBuilder.DropColumn(
                name: "Organisation",
                table: "DesignationForms");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "DesignationForms");

            migrationBuilder.DropColumn(
                name: "Form_RequestorPhone",
                table: "AccessRequests");

            migrationBuilder.DropColumn(
                name: "Form_RequestorTitle",
                table: "AccessRequests");

            migrationBuilder.DropColumn(
                name: "Form_StaffJobTitle",
                table: "AccessRequests");
        }
    }
}
