using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace RecruiterLiaison.Infrastructure.Persistence;

/// <summary>How every AppDbContext is configured: the app's, the tests' and dotnet-ef's alike.</summary>
public static class AppDbContextOptions
{
    // One query per LINQ query, said outright: the collections loaded alongside are small (an
    // interview's interviewers, a note's versions), and one statement reads them in one snapshot,
    // where split queries could see a row change between them.
    private static void SingleQueries(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery);

    public static TBuilder UseAppDatabase<TBuilder>(this TBuilder options, NpgsqlDataSource dataSource)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseNpgsql(dataSource, SingleQueries).UseSnakeCaseNamingConvention();
        return options;
    }

    /// <summary>On a connection someone else opened and owns: the shared one of an idempotent write.</summary>
    public static TBuilder UseAppDatabase<TBuilder>(this TBuilder options, System.Data.Common.DbConnection connection)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseNpgsql(connection, SingleQueries).UseSnakeCaseNamingConvention();
        return options;
    }

    public static TBuilder UseAppDatabase<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseNpgsql(connectionString, SingleQueries).UseSnakeCaseNamingConvention();
        return options;
    }
}

/// <summary>
/// Lets <c>dotnet ef</c> build the model from this project alone. Adding a migration or
/// checking for model drift never connects; the connection string matters only for
/// <c>dotnet ef database update</c>.
/// </summary>
internal sealed class AppDbContextDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Default") ?? DevelopmentDatabase.ConnectionString;
        return new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseAppDatabase(connectionString).Options);
    }
}
