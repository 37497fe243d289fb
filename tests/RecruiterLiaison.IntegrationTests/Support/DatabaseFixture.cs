using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Infrastructure;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Infrastructure.Seeding;
using RecruiterLiaison.Tests.Shared;

namespace RecruiterLiaison.IntegrationTests.Support;

/// <summary>
/// One migrated database with the demo agencies for a test collection, the app's real
/// services over it, and a clock the tests control.
/// </summary>
public class DatabaseFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 18, 10, 0, 0, TimeSpan.Zero);

    public string ConnectionString { get; private set; } = "";

    public ServiceProvider Services { get; private set; } = null!;

    public FakeTimeProvider Clock { get; } = new(Start);

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestDatabase.CreateMigratedAsync("it");
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Default"] = ConnectionString };
        foreach (var (key, value) in Settings())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddApplication().AddInfrastructure(configuration);
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        AddServices(services);
        Services = services.BuildServiceProvider();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
    }

    /// <summary>Extra services for a fixture that needs them (the sign-in manager's authentication schemes, say).</summary>
    protected virtual void AddServices(IServiceCollection services)
    {
    }

    /// <summary>Extra configuration for a fixture that needs it (an SMTP server, say).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings() => [];

    public virtual async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await TestDatabase.DropAsync(ConnectionString);
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task<AppDbContext> OpenAsync() => await Get<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    /// <summary>A demo account as a handler sees its caller.</summary>
    public async Task<CurrentUser> UserAsync(string email)
    {
        await using var db = await OpenAsync();
        var user = await ((IAppDbContext)db).Users.SingleAsync(u => u.Email == email);
        return new CurrentUser(user.Id, user.AgencyId, user.Email, user.DisplayName, Enum.Parse<Role>(user.Role));
    }
}

[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database";
}
