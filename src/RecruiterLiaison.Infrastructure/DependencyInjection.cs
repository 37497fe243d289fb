using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Infrastructure.Identity;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Infrastructure.Seeding;
using RecruiterLiaison.Infrastructure.Spelling;
using RecruiterLiaison.Infrastructure.Jobs;
using RecruiterLiaison.Infrastructure.Messaging;
using RecruiterLiaison.Application.Messaging;
using RecruiterLiaison.Application.People;

namespace RecruiterLiaison.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Default";

    /// <summary>Database, Identity stores, data-protection keys, migrations and seeders.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"Set ConnectionStrings:{ConnectionStringName} to a PostgreSQL connection string.");

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => DataSource(connectionString));
        services.AddPooledDbContextFactory<AppDbContext>((sp, options) => options.UseAppDatabase(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        services.AddSingleton<IAppDbContextFactory, AppDbContextFactory>();
        services.AddSingleton<Idempotency.IdempotencyRecords>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<LoadSeeder>();
        services.AddScoped<ApiTokenService>();
        services.AddSingleton<IAccounts, Accounts>();
        services.AddSingleton(new InvitationSettings(
            configuration.GetValue("Invitations:ExpiryDays", InvitationSettings.DefaultExpiryDays),
            configuration["App:BaseUrl"] ?? InvitationSettings.DefaultBaseUrl));
        services.AddSingleton(HunspellSpeller.Checkers());
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddSingleton<IDueWorkClaims, DueWorkClaims>();
        services.AddSingleton<OutboxLedger>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<JobRunner>();

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Password.RequiredLength = 10;
            })
            .AddRoles<ApplicationRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddDefaultTokenProviders();

        // One key ring in PostgreSQL: every instance reads every other instance's cookies.
        services.AddDataProtection().SetApplicationName("RecruiterLiaison").PersistKeysToDbContext<AppDbContext>();
        return services;
    }

    /// <summary>
    /// The one connection pool. Statements a connection runs repeatedly are prepared on it
    /// (Npgsql's automatic preparation), so PostgreSQL plans each query once per connection
    /// instead of on every request. A connection going back to the pool is not reset (no
    /// DISCARD and RESET before its next use): the app sets no session state on pooled
    /// connections, and the reset would cost a statement per query. A connection string that
    /// sets either option wins.
    /// </summary>
    public static NpgsqlDataSource DataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 100;
            builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        }

        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.ConnectionStringBuilder.NoResetOnClose = true;
        }

        // A prepared statement is planned for its values each time (parsing is still saved):
        // after five runs PostgreSQL would otherwise settle on one generic plan, and the review
        // queue's (a list of ids, a seven-day window) then scanned whole tables; the queue
        // answered half as fast (bench/throughput.sh).
        var options = builder.ConnectionStringBuilder.Options ?? "";
        if (!options.Contains("plan_cache_mode", StringComparison.Ordinal))
        {
            builder.ConnectionStringBuilder.Options = $"{options} -c plan_cache_mode=force_custom_plan".Trim();
        }

        return builder.Build();
    }

    /// <summary>The background jobs (feedback chases, e-mail dispatch), for the web app.</summary>
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services) => services.AddHostedService<BackgroundJobs>();

    /// <summary>The database's change feed, delivered to <see cref="IChangeSink"/>; for the web app.</summary>
    public static IServiceCollection AddChangeFeed(this IServiceCollection services) => services.AddHostedService<Changes.ChangeFeedListener>();

    /// <summary>The Identity role name of a domain role: they are spelled the same.</summary>
    public static string RoleName(Role role) => role.ToString();
}

/// <summary>Where the scripts' private PostgreSQL listens (script/server); the Development default.</summary>
public static class DevelopmentDatabase
{
    public const string ConnectionString = "Host=127.0.0.1;Port=55432;Database=recruiter_liaison;Username=postgres";
}
