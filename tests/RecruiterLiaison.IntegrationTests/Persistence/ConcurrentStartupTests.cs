using Microsoft.EntityFrameworkCore;
using Npgsql;
using RecruiterLiaison.Tests.Shared;

namespace RecruiterLiaison.IntegrationTests.Persistence;

public sealed class ConcurrentStartupTests
{
    [Fact]
    public async Task Two_app_processes_started_together_on_an_empty_database_both_come_up_and_migrate_once()
    {
        var database = await TestDatabase.CreateEmptyAsync("twoapps");
        var settings = new Dictionary<string, string>
        {
            ["Database:MigrateOnStartup"] = "true",
            // EF logs each migration it applies; both processes' logs together must show each once.
            ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Migrations"] = "Information",
        };
        try
        {
            await using var first = AppProcess.Start(database, settings);
            await using var second = AppProcess.Start(database, settings);

            await Task.WhenAll(first.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)), second.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)));

            await using var db = TestDatabase.OpenContext(database);
            var migrations = db.Database.GetMigrations().ToList();
            var applied = new List<string>();
            await using (var connection = new NpgsqlConnection(database))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("""SELECT migration_id FROM "__EFMigrationsHistory" ORDER BY migration_id""", connection);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    applied.Add(reader.GetString(0));
                }
            }

            applied.ShouldBe(migrations);
            var logs = first.Output + second.Output;
            foreach (var migration in migrations)
            {
                logs.Split($"Applying migration '{migration}'").Length.ShouldBe(2, $"exactly one of the two processes applies {migration}");
            }
        }
        finally
        {
            await TestDatabase.DropAsync(database);
        }
    }
}
