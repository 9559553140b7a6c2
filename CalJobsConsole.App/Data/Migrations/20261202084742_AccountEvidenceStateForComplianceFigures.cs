using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CalJobsConsole.App.Data.Migrations
{
    /// <summary>
    /// Each account keeps the request of its latest creation or annual renewal and whether DOC-1's documents for it are all
    /// there (StaffAccount.EvidencedActRequestId, ActEvidenceComplete), so the Operations Unit's figures count accounts
    /// instead of reading every act's documents (issue 17); existing accounts are judged here as the figures judged them.
    /// </summary>
    public partial class AccountEvidenceStateForComplianceFigures : Migration
    {
        /// <summary>
        /// Existing accounts judged on their latest fulfilled creation or renewal: the approved request form always, and for
        /// non-EDD staff also the ISPA certificate and the signed E-1 (DOC-1's table, EvidenceRequirements). An account with
        /// no such act keeps null and false: nothing evidences it.
        /// </summary>
        public const string JudgeExistingAccountsSql = """
            WITH acts AS (
                SELECT r.Id, COALESCE(r.Form_AccountId, r.CreatedAccountId) AS AccountId,
                       ROW_NUMBER() OVER (PARTITION BY COALESCE(r.Form_AccountId, r.CreatedAccountId) ORDER BY r.FulfilledAt DESC) AS Recency
                FROM AccessRequests AS r
                WHERE r.Status = 'Fulfilled' AND r.Form_Kind IN ('NewAccount', 'AnnualRenewal')
                  AND COALESCE(r.Form_AccountId, r.CreatedAccountId) IS NOT NULL)
            UPDATE StaffAccounts
            SET EvidencedActRequestId = acts.Id,
                ActEvidenceComplete =
                    EXISTS (SELECT 1 FROM EvidenceDocuments AS d WHERE d.RequestId = acts.Id AND d.Kind = 'SystemAccessRequestForm')
                    AND (StaffAccounts.StaffKind <> 'NonEdd'
                         OR (EXISTS (SELECT 1 FROM EvidenceDocuments AS d WHERE d.RequestId = acts.Id AND d.Kind = 'IspaCertificate')
                             AND EXISTS (SELECT 1 FROM EvidenceDocuments AS d WHERE d.RequestId = acts.Id AND d.Kind = 'SignedAttachmentE1')))
            FROM acts
            WHERE acts.AccountId = StaffAccounts.Id AND acts.Recency = 1;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ActEvidenceComplete",
                table: "StaffAccounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "EvidencedActRequestId",
                table: "StaffAccounts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_ComplianceFigures",
                table: "StaffAccounts",
                columns: new[] { "AreaId", "Status", "RenewalDueOn", "SeparationDate", "DeactivationDaysLate", "ActEvidenceComplete" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_EvidencedActRequestId",
                table: "StaffAccounts",
                column: "EvidencedActRequestId");

            migrationBuilder.Sql(JudgeExistingAccountsSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StaffAccounts_ComplianceFigures",
                table: "StaffAccounts");

            migrationBuilder.DropIndex(
                name: "IX_StaffAccounts_EvidencedActRequestId",
                table: "StaffAccounts");

            migrationBuilder.DropColumn(
                name: "ActEvidenceComplete",
                table: "StaffAccounts");

            migrationBuilder.DropColumn(
                name: "EvidencedActRequestId",
                table: "StaffAccounts");
        }
    }
}
