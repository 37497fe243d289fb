using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.IntegrationTests.Support;
using RecruiterLiaison.Tests.Shared;

namespace RecruiterLiaison.IntegrationTests.Persistence;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrated_database_matches_the_EF_model_exactly()
    {
        var migrated = await TestDatabase.CreateMigratedAsync("mig");
        var expected = await CreateFromModelAsync();
        try
        {
            var differences = SchemaSnapshot.Differences(await SchemaSnapshot.TakeAsync(migrated), await SchemaSnapshot.TakeAsync(expected));
            differences.ShouldBeEmpty("the SQL migrations and the EF model disagree:\n" + string.Join("\n", differences));
        }
        finally
        {
            await TestDatabase.DropAsync(migrated);
            await TestDatabase.DropAsync(expected);
        }
    }

    [Fact]
    public async Task Schema_comparison_reports_a_changed_column_and_a_missing_index()
    {
        var migrated = await TestDatabase.CreateMigratedAsync("drift");
        var expected = await CreateFromModelAsync();
        try
        {
            await ExecuteAsync(migrated, "ALTER TABLE notes ALTER COLUMN kind TYPE character varying(41); DROP INDEX ix_notes_candidate_id_created_at; ALTER TABLE debriefs ALTER COLUMN concerns DROP NOT NULL;");

            var differences = SchemaSnapshot.Differences(await SchemaSnapshot.TakeAsync(migrated), await SchemaSnapshot.TakeAsync(expected));

            differences.ShouldContain(d => d.Contains("notes.kind character varying(41)", StringComparison.Ordinal));
            differences.ShouldContain(d => d.StartsWith("only in EF model", StringComparison.Ordinal) && d.Contains("ix_notes_candidate_id_created_at", StringComparison.Ordinal));
            differences.ShouldContain(d => d.Contains("debriefs.concerns character varying(4000) null", StringComparison.Ordinal));
        }
        finally
        {
            await TestDatabase.DropAsync(migrated);
            await TestDatabase.DropAsync(expected);
        }
    }

    [Fact]
    public async Task Migrating_again_applies_nothing()
    {
        var database = await TestDatabase.CreateMigratedAsync("again");
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(database);
            var migrator = new SqlMigrator(dataSource, NullLogger<SqlMigrator>.Instance);

            (await migrator.MigrateAsync()).ShouldBeEmpty();
            (await migrator.PendingAsync()).ShouldBeEmpty();
        }
        finally
        {
            await TestDatabase.DropAsync(database);
        }
    }

    [Fact]
    public async Task An_applied_migration_whose_text_changed_is_refused()
    {
        var database = await TestDatabase.CreateMigratedAsync("changed");
        try
        {
            await ExecuteAsync(database, "UPDATE schema_migrations SET checksum = 'edited' WHERE id = '0001_initial'");
            await using var dataSource = NpgsqlDataSource.Create(database);

            var error = await Should.ThrowAsync<InvalidOperationException>(() => new SqlMigrator(dataSource, NullLogger<SqlMigrator>.Instance).MigrateAsync());

            error.Message.ShouldContain("0001_initial was changed");
        }
        finally
        {
            await TestDatabase.DropAsync(database);
        }
    }

    [Fact]
    public async Task Ten_migrators_starting_together_apply_each_file_once()
    {
        var database = await TestDatabase.CreateEmptyAsync("race");
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(database);
            var runs = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => new SqlMigrator(dataSource, NullLogger<SqlMigrator>.Instance).MigrateAsync())));

            runs.Sum(applied => applied.Count).ShouldBe(SqlMigrator.Scripts.Count);
            (await ScalarAsync(database, "SELECT count(*) FROM schema_migrations")).ShouldBe((long)SqlMigrator.Scripts.Count);
        }
        finally
        {
            await TestDatabase.DropAsync(database);
        }
    }

    /// <summary>A database built by EF from the model alone: what the migrations must equal.</summary>
    private static async Task<string> CreateFromModelAsync()
    {
        var database = await TestDatabase.CreateEmptyAsync("model");
        var options = new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(database).Options;
        await using var db = new AppDbContext(options);
        await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
        return database;
    }

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
}
