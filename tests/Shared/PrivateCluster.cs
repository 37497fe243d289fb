using System.Diagnostics;
using Npgsql;

namespace RecruiterLiaison.Tests.Shared;

/// <summary>
/// A PostgreSQL cluster of the test's own (script/lib/postgres.sh, as script/test starts the
/// shared one), for tests that kill the database and start it again.
/// </summary>
public sealed class PrivateCluster : IAsyncDisposable
{
    private readonly string _directory;

    private PrivateCluster(string directory, int port)
    {
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public string ServerConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Pooling=true;Maximum Pool Size=100;Timeout=5";

    public static async Task<PrivateCluster> StartAsync()
    {
        var cluster = new PrivateCluster(Path.Combine(Path.GetTempPath(), $"rl-cluster-{Guid.NewGuid():N}"), FreePorts.Next());
        await cluster.StartAgainAsync();
        return cluster;
    }

    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString + ";Database=postgres");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>The server dies as in a crash or an OOM kill: no checkpoint, every connection cut.</summary>
    public Task KillAsync() => ShellAsync($"pg_as_owner \"$PG_BIN/pg_ctl\" -D '{_directory}' -m immediate -w stop");

    public Task StartAgainAsync() => ShellAsync($"pg_start '{_directory}' {Port}");

    public async ValueTask DisposeAsync()
    {
        await ShellAsync($"pg_stop '{_directory}'");
        Directory.Delete(_directory, recursive: true);
        File.Delete(_directory + ".initdb.log");
    }

    private static async Task ShellAsync(string command)
    {
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", $"source '{TestRepository.PathTo("script", "lib", "postgres.sh")}' && {command}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{command}` failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
