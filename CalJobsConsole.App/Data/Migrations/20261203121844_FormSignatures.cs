using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CalJobsConsole.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class FormSignatures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Signature_SignedAt",
                table: "DesignationForms",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Signature_SignerId",
                table: "DesignationForms",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_SignerName",
                table: "DesignationForms",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_StatementKey",
                table: "DesignationForms",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_StatementVersion",
                table: "DesignationForms",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Signature_SignedAt",
                table: "DataChangeRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Signature_SignerId",
                table: "DataChangeRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_SignerName",
                table: "DataChangeRequests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_StatementKey",
                table: "DataChangeRequests",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature_StatementVersion",
                table: "DataChangeRequests",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ApprovalSignature_SignedAt",
                table: "AccessRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ApprovalSignature_SignerId",
                table: "AccessRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovalSignature_SignerName",
                table: "AccessRequests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovalSignature_StatementKey",
                table: "AccessRequests",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovalSignature_StatementVersion",
                table: "AccessRequests",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RequestorSignature_SignedAt",
                table: "AccessRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RequestorSignature_SignerId",
                table: "AccessRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestorSignature_SignerName",
                table: "AccessRequests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestorSignature_StatementKey",
                table: "AccessRequests",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestorSignature_StatementVersion",
                table: "AccessRequests",
                type: "TEXT",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Signature_SignedAt",
                table: "DesignationForms");

            migrationBuilder.DropColumn(
                name: "Signature_SignerId",
                table: "DesignationForms");

            migrationBuilder.DropColumn(
                name: "Signature_SignerName",
                table: "DesignationForms");

            migrationBuilder.DropColumn(
                name: "Signature_StatementKey",
                table: "DesignationForms");

            migrationBuilder.DropColumn(
                name: "Signature_StatementVersion",
                table: "DesignationForms");

            migrationBuilder.DropColumn(
                name: "Signature_SignedAt",
                table: "DataChangeRequests");

            migrationBuilder.DropColumn(
                name: "Signature_SignerId",
                table: "DataChangeRequests");

            migrationBuilder.DropColumn(
                name: "Signature_SignerName",
                table: "DataChangeRequests");

            migrationBuilder.DropColumn(
                name: "Signature_StatementKey",
                table: "DataChangeRequests");

            migrationBuilder.DropColumn(
                name: "Signature_StatementVersion",
                table: "DataChangeRequests");

            migrationBuilder.DropColumn(
                name: "ApprovalSignature_SignedAt",
                table: "AccessRequests");

            migrationBuilder.DropColumn(
                name: "ApprovalSignature_SignerId",
                table: "AccessRequests");

            migrationBuilder.DropColumn(
                name: "ApprovalSignature_SignerName",
                table: "AccessRequests");

            migrationBuilder.DropColumn(
                name: "ApprovalSignature_StatementKey",
                table: "AccessRequests");

            migrationBuilder.DropColumn(
                name: "ApprovalSignature_StatementVersion",
                table: "AccessRequests");

            migrationBuilder.DropColumn(
                name: "RequestorSignature_SignedAt",
                table: "AccessRequests");

            migrationBuilder.DropColumn(
                name: "RequestorSignature_SignerId",
                table: "AccessRequests");

            migrationBuilder.DropColumn(
                name: "RequestorSignature_SignerName",
                table: "AccessRequests");

            migrationBuilder.DropColumn(
                name: "RequestorSignature_StatementKey",
                table: "AccessRequests");

            migrationBuilder.DropColumn(
                name: "RequestorSignature_StatementVersion",
                table: "AccessRequests");
        }
    }
}
