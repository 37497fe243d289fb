using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecruiterLiaison.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ChangeFeedTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The change feed (Infrastructure/Changes/ChangeFeedListener.cs): a trigger in the
            // transaction of every change, so NOTIFY is sent exactly when the change commits,
            // whichever instance, handler or job made it. The payload says where to look, never what.
            migrationBuilder.Sql("""
                CREATE FUNCTION rl_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    changed jsonb := to_jsonb(NEW);
                BEGIN
                    PERFORM pg_notify('rl_changes', TG_ARGV[0] || ':' || (changed ->> 'agency_id') || ':' || (changed ->> TG_ARGV[1]));
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER notes_changed AFTER INSERT OR UPDATE ON notes
                    FOR EACH ROW EXECUTE FUNCTION rl_notify_change('note', 'id');
                CREATE TRIGGER client_replies_changed AFTER INSERT OR UPDATE ON client_replies
                    FOR EACH ROW EXECUTE FUNCTION rl_notify_change('clientreply', 'id');
                CREATE TRIGGER notifications_changed AFTER INSERT OR UPDATE ON notifications
                    FOR EACH ROW EXECUTE FUNCTION rl_notify_change('notification', 'user_id');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER notifications_changed ON notifications;
                DROP TRIGGER client_replies_changed ON client_replies;
                DROP TRIGGER notes_changed ON notes;
                DROP FUNCTION rl_notify_change();
                """);
        }
    }
}
