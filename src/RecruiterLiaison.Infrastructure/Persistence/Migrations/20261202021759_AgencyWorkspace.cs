using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecruiterLiaison.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AgencyWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_submissions_candidate_id_position_id",
                table: "submissions");

            migrationBuilder.DropIndex(
                name: "ix_requirements_position_id_ordinal",
                table: "requirements");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deactivated_at",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "pitch",
                table: "submissions",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reason",
                table: "submission_stage_changes",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "retired_at",
                table: "requirements",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "location",
                table: "positions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "positions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Open");

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "positions",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "client_contacts",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "archived_at",
                table: "client_companies",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "client_companies",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AlterColumn<Guid>(
                name: "user_id",
                table: "candidates",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<string>(
                name: "location",
                table: "candidates",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "phone",
                table: "candidates",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "profile",
                table: "candidates",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "candidates",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateTable(
                name: "invitations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    client_contact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    candidate_id = table.Column<Guid>(type: "uuid", nullable: true),
                    invited_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invitations", x => x.id);
                    table.ForeignKey(
                        name: "fk_invitations_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_invitations_candidates_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "candidates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_invitations_client_contacts_client_contact_id",
                        column: x => x.client_contact_id,
                        principalTable: "client_contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_submissions_candidate_id_position_id",
                table: "submissions",
                columns: new[] { "candidate_id", "position_id" },
                unique: true,
                filter: "stage NOT IN ('Rejected', 'Withdrawn', 'RemovedFromConsideration')");

            migrationBuilder.CreateIndex(
                name: "ix_requirements_position_id_ordinal",
                table: "requirements",
                columns: new[] { "position_id", "ordinal" });

            migrationBuilder.CreateIndex(
                name: "ix_invitations_agency_id_email",
                table: "invitations",
                columns: new[] { "agency_id", "email" });

            migrationBuilder.CreateIndex(
                name: "ix_invitations_candidate_id",
                table: "invitations",
                column: "candidate_id");

            migrationBuilder.CreateIndex(
                name: "ix_invitations_client_contact_id",
                table: "invitations",
                column: "client_contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_invitations_token_hash",
                table: "invitations",
                column: "token_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "invitations");

            migrationBuilder.DropIndex(
                name: "ix_submissions_candidate_id_position_id",
                table: "submissions");

            migrationBuilder.DropIndex(
                name: "ix_requirements_position_id_ordinal",
                table: "requirements");

            migrationBuilder.DropColumn(
                name: "deactivated_at",
                table: "users");

            migrationBuilder.DropColumn(
                name: "pitch",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "reason",
                table: "submission_stage_changes");

            migrationBuilder.DropColumn(
                name: "retired_at",
                table: "requirements");

            migrationBuilder.DropColumn(
                name: "location",
                table: "positions");

            migrationBuilder.DropColumn(
                name: "status",
                table: "positions");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "positions");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "client_contacts");

            migrationBuilder.DropColumn(
                name: "archived_at",
                table: "client_companies");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "client_companies");

            migrationBuilder.DropColumn(
                name: "location",
                table: "candidates");

            migrationBuilder.DropColumn(
                name: "phone",
                table: "candidates");

            migrationBuilder.DropColumn(
                name: "profile",
                table: "candidates");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "candidates");

            migrationBuilder.AlterColumn<Guid>(
                name: "user_id",
                table: "candidates",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_submissions_candidate_id_position_id",
                table: "submissions",
                columns: new[] { "candidate_id", "position_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_requirements_position_id_ordinal",
                table: "requirements",
                columns: new[] { "position_id", "ordinal" },
                unique: true);
        }
    }
}
