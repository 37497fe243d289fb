using Npgsql;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Tests.Shared;

namespace RecruiterLiaison.IntegrationTests.Persistence;

public sealed class ConcurrentStartupTests
{
    [Fact]
    public async Task Two_app_processes_started_together_on_an_empty_database_both_come_up_and_migrate_once()
    {
        var database = await TestDatabase.CreateEmptyAsync("twoapps");
        var settings = new Dictionary<string, string> { ["Database:MigrateOnStartup"] = "true" };
        try
        {
            await using var first = AppProcess.Start(database, settings);
            await using var second = AppProcess.Start(database, settings);

            await Task.WhenAll(first.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)), second.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)));

            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT id FROM schema_migrations ORDER BY id", connection);
            var applied = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    applied.Add(reader.GetString(0));
                }
            }

            applied.ShouldBe(SqlMigrator.Scripts.Select(s => s.Id).ToList());
            var logs = first.Output + second.Output;
            logs.Split("Applied migration 0001_initial").Length.ShouldBe(2, "exactly one of the two processes applies the first migration");
        }
        finally
        {
            await TestDatabase.DropAsync(database);
        }
    }
}
