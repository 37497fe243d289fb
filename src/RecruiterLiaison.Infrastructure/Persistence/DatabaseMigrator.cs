using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace RecruiterLiaison.Infrastructure.Persistence;

/// <summary>
/// Applies EF Core migrations. EF locks its history table while it migrates, so app
/// instances starting together apply each migration once. A database made by the SQL
/// migrator that EF migrations replaced is refused before anything is applied.
/// </summary>
public sealed class DatabaseMigrator(IDbContextFactory<AppDbContext> contexts, ILogger<DatabaseMigrator> logger)
{
    public const string LegacyDatabaseMessage =
        "This database was created by the SQL migrator that EF Core migrations replaced and cannot be upgraded: " +
        "for script/server stop it and delete .data/postgres (it is recreated with demo data), otherwise point ConnectionStrings:Default at an empty database.";

    /// <summary>Applies what is pending and returns the ids this call found pending.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
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
