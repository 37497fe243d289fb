using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RecruiterLiaison.Infrastructure;
using RecruiterLiaison.Infrastructure.Identity;
using RecruiterLiaison.Tests.Shared;

namespace RecruiterLiaison.EndToEndTests.Support;

/// <summary>
/// The real app as its own process, with the demo data, and Debian's Chromium driven by
/// Playwright. Playwright never downloads a browser here; a missing Chromium fails loudly.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private string _database = "";
    private AppProcess? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>
    /// How long a page may take to go live (its circuit connected, its data read). On 2 cores
    /// shared by the app, PostgreSQL and Chromium, one run of the whole suite saw the draft page
    /// take longer than 15 s once; the wait is for readiness, not a measure of speed.
    /// </summary>
    public const float ReadyTimeout = 30_000;

    public Uri BaseAddress => _app!.BaseAddress;

    /// <summary>The app's database, for tests that act as another instance or an operator would.</summary>
    public string ConnectionString => _database;

    /// <summary>Where the app (and <c>rl</c>, run by <see cref="RunCliAsync"/>) write e-mail when no SMTP server is configured.</summary>
    public string MailPickupDirectory { get; } = Path.Combine(Path.GetTempPath(), "rl-e2e-mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>Runs <c>rl</c> against this app's database, its mail folder and its address, as an operator on the server would.</summary>
    public Task<CliResult> RunCliAsync(params string[] arguments) =>
        CliProcess.RunAsync(_database, new Dictionary<string, string>
        {
            ["Email:PickupDirectory"] = MailPickupDirectory,
            ["App:BaseUrl"] = BaseAddress.ToString().TrimEnd('/'),
        }, arguments);

    /// <summary>A personal access token for the API, as <c>rl tokens create</c> makes one.</summary>
    public async Task<string> CreateApiTokenAsync(string email)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = _database }).Build();
        await using var services = new ServiceCollection().AddLogging().AddInfrastructure(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(email, "browser-tests")
            ?? throw new InvalidOperationException($"No user {email}");
    }

    /// <summary>Where screenshots go: artifacts/screenshots at the repository root (not committed).</summary>
    public static string ScreenshotDirectory
    {
        get
        {
            var repository = new DirectoryInfo(AppContext.BaseDirectory);
            while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "RecruiterLiaison.sln")))
            {
                repository = repository.Parent;
            }

            var directory = Path.Combine(repository?.FullName ?? AppContext.BaseDirectory, "artifacts", "screenshots");
            Directory.CreateDirectory(directory);
            return directory;
        }
    }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateEmptyAsync("e2e");
        // The suite signs in dozens of times a minute from one address; the limit itself is covered by the web tests.
        _app = AppProcess.Start(_database, new Dictionary<string, string>
        {
            ["Database:MigrateOnStartup"] = "true",
            ["Database:SeedDemoData"] = "true",
            ["RateLimits:SignInPerMinute"] = "10000",
            // Open circuits re-check their user every 2 s, so a lock-out shows within the test.
            ["Security:RevalidationSeconds"] = "2",
            ["Email:PickupDirectory"] = MailPickupDirectory,
            // Invitation e-mails leave through the outbox; a short interval keeps the stories quick.
            ["Jobs:IntervalSeconds"] = "2",
        });
        await _app.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));

        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await TestDatabase.DropAsync(_database);
    }

    /// <summary>A fresh browser context (its own cookies) signed in through the sign-in page.</summary>
    public Task<IPage> SignInAsync(string email, string password = "Demo-pass-1") => Chromium.SignInAsync(Browser, BaseAddress, email, password);

    /// <summary>The whole page from the top: scrolled down, a full-page capture would show the fixed app bar mid-page.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

public static class PageReadiness
{
    /// <summary>
    /// Waits until the page's circuit is live: the element <paramref name="selector"/> names carries
    /// <c>data-ready=true</c>, so typing and clicks are no longer lost. In three of the last several
    /// full runs on 2 cores, one page (each time another, each time one that came up at once in every
    /// other run) did not come up in the whole wait; the cause is not found. Such a page gets one
    /// reload, as a person would give it, and a failure after that says what the page showed before
    /// and after, so the run itself carries what is needed to find the cause.
    /// </summary>
    public static async Task WaitUntilReadyAsync(this IPage page, string selector)
    {
        var ready = page.Locator(selector + "[data-ready=true]");
        try
        {
            await ready.WaitForAsync(new() { Timeout = BrowserFixture.ReadyTimeout });
            return;
        }
        catch (TimeoutException)
        {
        }

        var before = await ShownAsync(page);
        Console.Error.WriteLine($"{selector} was not live after {BrowserFixture.ReadyTimeout / 1000} s at {page.Url}; reloading once. The page showed: {before}");
        await page.ReloadAsync();
        try
        {
            await ready.WaitForAsync(new() { Timeout = BrowserFixture.ReadyTimeout });
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"{selector} was not live at {page.Url}, even after a reload. Before the reload the page showed: {before}. After it: {await ShownAsync(page)}", exception);
        }
    }

    // The layout's error boundary and Blazor's reconnect dialog say whether a component failed or the
    // circuit never connected; the text says where the page was.
    private static Task<string> ShownAsync(IPage page) => page.EvaluateAsync<string>(
        """
        () => [
          document.querySelector('[data-testid=error-boundary]') ? 'the error boundary is shown' : 'no error boundary',
          'reconnect dialog: ' + (document.querySelector('#components-reconnect-modal')?.className || 'none'),
          (document.body?.innerText ?? '').replace(/\s+/g, ' ').slice(0, 400)
        ].join(' | ')
        """);
}
