using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Tests.Shared;

namespace RecruiterLiaison.IntegrationTests.Persistence;

public sealed class MigrationTests
{
    [Fact]
    public void The_model_has_no_changes_that_lack_a_migration()
    {
        using var db = TestDatabase.OpenContext(DesignTimeConnectionString);

        db.Database.HasPendingModelChanges().ShouldBeFalse(
            "the EF model differs from the last migration's snapshot: run dotnet ef migrations add <Name> --project src/RecruiterLiaison.Infrastructure");
    }

    [Fact]
    public void The_model_check_notices_a_column_changed_without_a_migration()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseAppDatabase(DesignTimeConnectionString)
            .ReplaceService<IModelCustomizer, DeliveredBodyOneCharacterLonger>()
            .Options;
        using var db = new AppDbContext(options);

        db.Database.HasPendingModelChanges().ShouldBeTrue();
    }

    [Fact]
    public async Task Migrating_again_applies_nothing()
    {
        var database = await TestDatabase.CreateMigratedAsync("again");
        try
        {
            var migrator = Migrator(database);

            (await migrator.MigrateAsync()).ShouldBeEmpty();
            (await migrator.PendingAsync()).ShouldBeEmpty();
        }
        finally
        {
            await TestDatabase.DropAsync(database);
        }
    }

    [Fact]
    public async Task Ten_migrators_starting_together_apply_each_migration_once()
    {
        var database = await TestDatabase.CreateEmptyAsync("race");
        try
        {
            await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => Migrator(database).MigrateAsync())));

            await using var db = TestDatabase.OpenContext(database);
            var migrations = db.Database.GetMigrations().ToList();
            (await ScalarAsync(database, """SELECT count(*) FROM "__EFMigrationsHistory" """)).ShouldBe((long)migrations.Count);
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        }
        finally
        {
            await TestDatabase.DropAsync(database);
        }
    }

    [Fact]
    public async Task A_database_made_by_the_old_SQL_migrator_is_refused_with_how_to_reset_it_and_left_untouched()
    {
        var database = await TestDatabase.CreateEmptyAsync("legacy");
        try
        {
            // What the SQL migrator left behind: its ledger beside the tables it created.
            await ExecuteAsync(database, """
                CREATE TABLE schema_migrations (id varchar(200) PRIMARY KEY, checksum varchar(64) NOT NULL, applied_at timestamptz NOT NULL);
                INSERT INTO schema_migrations VALUES ('0001_initial', 'x', now());
                CREATE TABLE agencies (id uuid PRIMARY KEY, name varchar(200) NOT NULL);
                """);

            var refusal = await Should.ThrowAsync<LegacyDatabaseException>(() => Migrator(database).MigrateAsync());

            refusal.Message.ShouldContain(".data/postgres");
            refusal.Message.ShouldNotContain("\n");
            (await ScalarAsync(database, """SELECT to_regclass('public."__EFMigrationsHistory"') IS NULL""")).ShouldBe(true);
            (await ScalarAsync(database, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).ShouldBe(2L);
        }
        finally
        {
            await TestDatabase.DropAsync(database);
        }
    }

    // Building the model never connects; any well-formed connection string does.
    private const string DesignTimeConnectionString = "Host=127.0.0.1;Database=model_only";

    private static DatabaseMigrator Migrator(string connectionString) =>
        new(new SingleDatabase(connectionString), NullLogger<DatabaseMigrator>.Instance);

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private sealed class SingleDatabase(string connectionString) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => TestDatabase.OpenContext(connectionString);
    }

    /// <summary>A real drift: the model says one thing, the last migration another.</summary>
    private sealed class DeliveredBodyOneCharacterLonger(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
    {
        public override void Customize(ModelBuilder modelBuilder, DbContext context)
        {
            base.Customize(modelBuilder, context);
            modelBuilder.Entity<Note>().Property(n => n.DeliveredBody).HasMaxLength(Domain.Common.Limits.NoteBodyLength + 1);
        }
    }
}
