using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace RecruiterLiaison.Infrastructure.Persistence;

/// <summary>
/// Applies EF Core migrations, one instance at a time: instances starting together apply each
/// migration once. A database made by the SQL migrator that EF migrations replaced is refused
/// before anything is applied.
/// </summary>
public sealed class DatabaseMigrator(IDbContextFactory<AppDbContext> contexts, ILogger<DatabaseMigrator> logger)
{
    // Any constant works; it only has to be the same for every instance of this app.
    private const long MigrationLockKey = 0x524C_4546_4D49;

    public const string LegacyDatabaseMessage =
        "This database was created by the SQL migrator that EF Core migrations replaced and cannot be upgraded: " +
        "for script/server stop it and delete .data/postgres (it is recreated with demo data), otherwise point ConnectionStrings:Default at an empty database.";

    /// <summary>Applies what is pending and returns the ids this call found pending.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        // EF's own lock on Npgsql (LOCK TABLE on its history table) lasts one transaction, and
        // each migration has its own: with two pending migrations, ten migrators started together
        // applied the second one twice. A session advisory lock spans the whole run.
        await using var lockHolder = await contexts.CreateDbContextAsync(cancellationToken);
        await lockHolder.Database.OpenConnectionAsync(cancellationToken);
        await lockHolder.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
        try
        {
            return await MigrateHoldingTheLockAsync(cancellationToken);
        }
        finally
        {
            await lockHolder.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
        }
    }

    private async Task<IReadOnlyList<string>> MigrateHoldingTheLockAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await IsLegacyDatabaseAsync(db, cancellationToken))
        {
            throw new LegacyDatabaseException(LegacyDatabaseMessage);
        }

        // Created up front (IF NOT EXISTS, so instances may race) so that EF's own probes find
        // it: on a new database they would otherwise log a failed query that alarms operators.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (pending.Count > 0)
        {
            logger.LogInformation("Database migrated; pending before: {Migrations}", pending);
        }

        return pending;
    }

    /// <summary>The migrations in this build that the database has not applied.</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
    }

    // The old migrator kept its ledger in schema_migrations; EF keeps its own history table.
    private static async Task<bool> IsLegacyDatabaseAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<bool>(
                """SELECT to_regclass('public.schema_migrations') IS NOT NULL AND to_regclass('public."__EFMigrationsHistory"') IS NULL AS "Value" """)
            .SingleAsync(cancellationToken);
}

/// <summary>The database cannot be migrated as it stands; the message says what to do.</summary>
public sealed class LegacyDatabaseException(string message) : Exception(message);
