using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace RecruiterLiaison.Infrastructure.Persistence;

/// <summary>One embedded migration file: <c>NNNN_description.sql</c>.</summary>
public sealed record SqlMigrationScript(string Id, string Sql)
{
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}

/// <summary>
/// Applies the embedded SQL migrations in order, each in its own transaction, under a
/// PostgreSQL advisory lock so that app instances starting together apply each file once.
/// An applied file whose text has changed is an error: migrations are append-only.
/// </summary>
public sealed class SqlMigrator(NpgsqlDataSource dataSource, ILogger<SqlMigrator> logger)
{
    // Any constant works; it only has to be the same for every instance of this app.
    private const long AdvisoryLockKey = 0x524C_4D49_4752;

    private const string LedgerDdl = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            id character varying(200) NOT NULL,
            checksum character varying(64) NOT NULL,
            applied_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_schema_migrations PRIMARY KEY (id)
        );
        """;

    public static IReadOnlyList<SqlMigrationScript> Scripts { get; } = LoadScripts();

    /// <summary>Applies what is missing and returns the ids it applied.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, LedgerDdl, cancellationToken);
            var applied = await ReadLedgerAsync(connection, cancellationToken);
            var newlyApplied = new List<string>();
            foreach (var script in Scripts)
            {
                if (applied.TryGetValue(script.Id, out var checksum))
                {
                    if (checksum != script.Checksum)
                    {
                        throw new InvalidOperationException($"Migration {script.Id} was changed after it was applied; add a new migration instead.");
                    }

                    continue;
                }

                await ApplyAsync(connection, script, cancellationToken);
                newlyApplied.Add(script.Id);
                logger.LogInformation("Applied migration {MigrationId}", script.Id);
            }

            return newlyApplied;
        }
        finally
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    /// <summary>The ids of embedded scripts that the database has not applied.</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('schema_migrations') IS NOT NULL", connection))
        {
            if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
            {
                return Scripts.Select(s => s.Id).ToList();
            }
        }

        var applied = await ReadLedgerAsync(connection, cancellationToken);
        return Scripts.Where(s => !applied.ContainsKey(s.Id)).Select(s => s.Id).ToList();
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, SqlMigrationScript script, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
        await using (var record = new NpgsqlCommand("INSERT INTO schema_migrations (id, checksum, applied_at) VALUES ($1, $2, now())", connection, transaction))
        {
            record.Parameters.Add(new NpgsqlParameter { Value = script.Id });
            record.Parameters.Add(new NpgsqlParameter { Value = script.Checksum });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<Dictionary<string, string>> ReadLedgerAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("SELECT id, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetString(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static List<SqlMigrationScript> LoadScripts()
    {
        var assembly = typeof(SqlMigrator).Assembly;
        const string prefix = "RecruiterLiaison.Infrastructure.Persistence.Migrations.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new SqlMigrationScript(n[prefix.Length..^4], Read(assembly, n)))
            .ToList();
    }

    private static string Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
