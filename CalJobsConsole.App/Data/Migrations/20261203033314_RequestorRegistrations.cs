using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CalJobsConsole.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class RequestorRegistrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RequestorRegistrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisteredById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestorRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestorRegistrations_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestorRegistrations_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestorRegistrations_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RequestorRegistrations_AreaId_EndedAt",
                table: "RequestorRegistrations",
                columns: new[] { "AreaId", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestorRegistrations_OfficeId",
                table: "RequestorRegistrations",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestorRegistrations_PersonId_AreaId_OfficeId",
                table: "RequestorRegistrations",
                columns: new[] { "PersonId", "AreaId", "OfficeId" });

            // REQ-2 on an installation that already has requestors: each person holding the Requestor role is registered for every
            // (area, office) they filed a request for or supervise an open account in, so nobody loses what they did before; the
            // administrators end the registrations that should not stay. Registered "by" the person, at their first request there.
            migrationBuilder.Sql("""
                INSERT INTO "RequestorRegistrations" ("Id", "AreaId", "OfficeId", "PersonId", "RegisteredById", "RegisteredAt", "EndedById", "EndedAt")
                SELECT upper(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' || substr('89AB', 1 + (abs(random()) % 4), 1)
                             || substr(h, 18, 3) || '-' || substr(h, 21, 12)),
                       "AreaId", "OfficeId", "PersonId", "PersonId", "At", NULL, NULL
                FROM (
                    SELECT hex(randomblob(16)) AS h, x."AreaId", x."OfficeId", x."PersonId", MIN(x."At") AS "At"
                    FROM (
                        SELECT r."Form_AreaId" AS "AreaId", r."Form_OfficeId" AS "OfficeId", r."RequestorId" AS "PersonId", r."SubmittedAt" AS "At"
                        FROM "AccessRequests" r
                        UNION ALL
                        SELECT a."AreaId", a."OfficeId", a."SupervisorId", (SELECT MIN(q."SubmittedAt") FROM "AccessRequests" q WHERE q."RequestorId" = a."SupervisorId")
                        FROM "StaffAccounts" a
                        WHERE a."Status" <> 'Deactivated'
                    ) x
                    WHERE x."PersonId" IN (SELECT ur."UserId" FROM "AspNetUserRoles" ur JOIN "AspNetRoles" ro ON ro."Id" = ur."RoleId" WHERE ro."Name" = 'Requestor')
                      AND x."At" IS NOT NULL
                      AND EXISTS (SELECT 1 FROM "Areas" ar WHERE ar."Id" = x."AreaId")
                      AND EXISTS (SELECT 1 FROM "Offices" o WHERE o."Id" = x."OfficeId")
                    GROUP BY x."AreaId", x."OfficeId", x."PersonId"
                );
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RequestorRegistrations");
        }
    }
}
