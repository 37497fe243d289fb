using System.Net.Http.Headers;
using Microsoft.Playwright;
using RecruiterLiaison.Tests.Shared;

namespace RecruiterLiaison.EndToEndTests.Support;

/// <summary>
/// The scale-out shape of ARCHITECTURE.md on loopback: one database, two app instances (each
/// running the background jobs, each writing e-mail to its own folder) and Debian's nginx in
/// front with deploy/nginx's configuration: WebSocket upgrade and ip_hash stickiness.
/// </summary>
public sealed class ScaleOutFixture : IAsyncLifetime
{
    private readonly Dictionary<string, string>[] _settings = new Dictionary<string, string>[2];
    private IPlaywright? _playwright;

    public string ConnectionString { get; private set; } = "";

    public AppProcess[] Instances { get; } = new AppProcess[2];

    public string[] MailDirectories { get; } = [.. Enumerable.Range(1, 2).Select(i => Path.Combine(Path.GetTempPath(), $"rl-scaleout-mail-{i}-{Guid.NewGuid():N}"))];

    public LoadBalancer Balancer { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = await TestDatabase.CreateEmptyAsync("scaleout");
        for (var i = 0; i < 2; i++)
        {
            _settings[i] = new Dictionary<string, string>
            {
                // Both migrate on start: EF's migration lock lets one apply them, the other wait.
                ["Database:MigrateOnStartup"] = "true",
                ["Database:SeedDemoData"] = (i == 0).ToString(),
                ["RateLimits:SignInPerMinute"] = "10000",
                ["Jobs:IntervalSeconds"] = "1",
                ["Email:PickupDirectory"] = MailDirectories[i],
                // As deployed behind nginx (docker-compose.yml, script/cluster).
                ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true",
            };
            Instances[i] = AppProcess.Start(ConnectionString, _settings[i]);
            await Instances[i].WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        }

        Balancer = await LoadBalancer.StartAsync(Instances[0].BaseAddress, Instances[1].BaseAddress);
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await Balancer.DisposeAsync();
        foreach (var instance in Instances)
        {
            await instance.DisposeAsync();
        }

        await TestDatabase.DropAsync(ConnectionString);
        foreach (var directory in MailDirectories.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    public Task<IPage> SignInThroughBalancerAsync(string email) => Chromium.SignInAsync(Browser, Balancer.BaseAddress, email);

    /// <summary>
    /// Which instance nginx sends this machine's clients to (ip_hash: every loopback client goes
    /// to the same one), found by a request through it that exactly one instance logs.
    /// </summary>
    public async Task<int> InstanceServingLoopbackAsync()
    {
        var probe = $"/probe-{Guid.NewGuid():N}";
        using var http = new HttpClient { BaseAddress = Balancer.BaseAddress };
        using var _ = await http.GetAsync(probe);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var served = Enumerable.Range(0, 2).Where(i => Instances[i].Output.Contains($" {probe} ", StringComparison.Ordinal)).ToList();
            if (served.Count == 1)
            {
                return served[0];
            }

            await Task.Delay(100); // the log line is written just after the response
        }

        throw new InvalidOperationException($"No single instance logged {probe}.");
    }

    public async Task StopAsync(int instance) => await Instances[instance].DisposeAsync();

    /// <summary>Starts a stopped instance again on its old port, so nginx finds it where it was.</summary>
    public async Task RestartAsync(int instance)
    {
        Instances[instance] = AppProcess.Start(ConnectionString, _settings[instance], Instances[instance].BaseAddress.Port);
        await Instances[instance].WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
    }

    public async Task<HttpClient> ApiAsync(int instance, string email)
    {
        var api = new HttpClient { BaseAddress = Instances[instance].BaseAddress };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await DemoTargets.TokenAsync(ConnectionString, email));
        return api;
    }
}

[CollectionDefinition(Name)]
public sealed class ScaleOutCollection : ICollectionFixture<ScaleOutFixture>
{
    public const string Name = "scale-out";
}
