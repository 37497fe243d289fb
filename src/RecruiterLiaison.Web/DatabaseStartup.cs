using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Infrastructure.Seeding;

namespace RecruiterLiaison.Web;

/// <summary>Migrations (and demo data) at start-up, only when configured: containers and tests turn them on.</summary>
public static class DatabaseStartup
{
    /// <summary>False when the database cannot be used as it stands; the reason is logged in one line.</summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        var configuration = app.Configuration;
        if (configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            try
            {
                await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            }
            catch (LegacyDatabaseException exception)
            {
                app.Logger.LogCritical("{Reason}", exception.Message);
                return false;
            }
        }

        if (configuration.GetValue<bool>("Database:SeedDemoData"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        }

        return true;
    }
}
