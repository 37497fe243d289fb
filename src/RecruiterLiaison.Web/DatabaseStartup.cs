using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Infrastructure.Seeding;

namespace RecruiterLiaison.Web;

/// <summary>Migrations (and demo data) at start-up, only when configured: containers and script/server turn them on.</summary>
public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var configuration = app.Configuration;
        if (configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            await app.Services.GetRequiredService<SqlMigrator>().MigrateAsync();
        }

        if (configuration.GetValue<bool>("Database:SeedDemoData"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        }
    }
}
