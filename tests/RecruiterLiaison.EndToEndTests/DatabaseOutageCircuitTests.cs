using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Playwright;
using RecruiterLiaison.EndToEndTests.Support;
using RecruiterLiaison.Tests.Shared;

namespace RecruiterLiaison.EndToEndTests;

/// <summary>
/// An open page while PostgreSQL is killed (pg_ctl stop -m immediate) and started again: the
/// circuit stays, the page says it is not live and why, a page that needs the database says
/// so kindly, and once the database is back the same circuit is signed in, live and working,
/// without a reload, and it still re-checks its user. The app runs over a cluster of its own (in Development: a build's static
/// web assets, Blazor's script among them, are served from the build output only there).
/// </summary>
public sealed class DatabaseOutageCircuitTests : IAsyncLifetime
{
    private PrivateCluster _cluster = null!;
    private AppProcess _app = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private string _database = "";

    public async Task InitializeAsync()
    {
        _cluster = await PrivateCluster.StartAsync();
        _database = await _cluster.CreateDatabaseAsync("circuit_outage");
        _app = AppProcess.Start(_database, new Dictionary<string, string>
        {
            ["Database:MigrateOnStartup"] = "true",
            ["Database:SeedDemoData"] = "true",
            ["Security:RevalidationSeconds"] = "1",
        });
        await _app.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task An_open_page_rides_out_a_database_restart_in_the_same_circuit()
    {
        var target = await DemoTargets.PriyaToSarahAsync(_database);
        using var candidate = new HttpClient { BaseAddress = _app.BaseAddress };
        candidate.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await DemoTargets.TokenAsync(_database, DemoTargets.Candidate));
        var recruiter = await Chromium.SignInAsync(_browser, _app.BaseAddress, "recruiter@demo.test");
        await recruiter.GotoAsync("/recruiter/queue");
        await recruiter.Locator("[data-testid=queue-grid]").WaitForAsync();
        await recruiter.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await recruiter.WaitForTimeoutAsync(500);

        await _cluster.KillAsync();
        try
        {
            await recruiter.Locator("[data-testid=connection-lost]").WaitForAsync(new() { Timeout = 10_000 });
            await recruiter.Locator("nav a[href='recruiter']").ClickAsync();
            (await recruiter.Locator("[data-testid=error-boundary]").InnerTextAsync(new() { Timeout = 10_000 })).ShouldContain("can't reach the database");
            await BrowserFixture.ScreenshotAsync(recruiter, "database-away");
            (await recruiter.Locator("#components-reconnect-modal").IsVisibleAsync()).ShouldBeFalse("the circuit itself never dropped");
            // Down long enough for the circuit to re-check its user several times (every second here).
            await recruiter.WaitForTimeoutAsync(5_000);
        }
        finally
        {
            await _cluster.StartAgainAsync();
        }

        await recruiter.Locator("[data-testid=connection-lost]").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 20_000 });
        await recruiter.Locator("nav a[href='recruiter/queue']").ClickAsync();
        await recruiter.Locator("[data-testid=queue-grid]").WaitForAsync(new() { Timeout = 10_000 });
        var marker = $"after-restart-{Guid.NewGuid():N}";
        (await candidate.PostAsJsonAsync("/api/v1/notes", new { submissionId = target.SubmissionId, interviewId = target.InterviewId, recipientContactId = target.ContactId, kind = "Question", body = $"Dear Sarah,\n\nOne question about the rota ({marker}).\n\nPriya Raman" })).EnsureSuccessStatusCode();

        await recruiter.Locator("[data-testid=queue-item]", new() { HasText = marker }).WaitForAsync(new() { Timeout = 5_000 });
        recruiter.Url.ShouldEndWith("/recruiter/queue", Case.Insensitive, "still the same page, signed in, never sent to sign in");
        (await recruiter.Locator("#components-reconnect-modal").IsVisibleAsync()).ShouldBeFalse();

        // The circuit still re-checks its user after the outage: a failed check must not end the checking.
        Npgsql.NpgsqlConnection.ClearAllPools(); // this test's own connections from before the kill are dead
        await using (var connection = new Npgsql.NpgsqlConnection(_database))
        {
            await connection.OpenAsync();
            await using var lockOut = new Npgsql.NpgsqlCommand("UPDATE users SET lockout_end = now() + interval '1 day' WHERE email = 'recruiter@demo.test'", connection);
            (await lockOut.ExecuteNonQueryAsync()).ShouldBe(1);
        }

        await recruiter.WaitForURLAsync("**/Account/Login**", new() { Timeout = 10_000 });
        await recruiter.Context.CloseAsync();
    }
}
