using Microsoft.EntityFrameworkCore;
using Npgsql;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.Tests.Shared;

/// <summary>
/// Throwaway databases on the private PostgreSQL that script/test starts. A test run without
/// it fails loudly instead of passing against nothing.
/// </summary>
public static class TestDatabase
{
    public const string ServerVariable = "RL_TEST_POSTGRES";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{ServerVariable} is not set. Run the tests with script/test, which starts a private PostgreSQL and sets it.");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateEmptyAsync(string prefix)
    {
        var name = $"rl_{prefix}_{Guid.NewGuid():N}".ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(ServerConnectionString + ";Database=postgres"))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Creates a database with every migration applied.</summary>
    public static async Task<string> CreateMigratedAsync(string prefix)
    {
        var connectionString = await CreateEmptyAsync(prefix);
        await using var db = OpenContext(connectionString);
        await db.Database.MigrateAsync();
        return connectionString;
    }

    /// <summary>A context configured as the app configures its own, outside any service provider.</summary>
    public static AppDbContext OpenContext(string connectionString) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseAppDatabase(connectionString).Options);

    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString + ";Database=postgres");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
