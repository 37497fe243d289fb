using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using RecruiterLiaison.Tests.Shared;

namespace RecruiterLiaison.IntegrationTests.Hosting;

/// <summary>
/// Two real app processes over one database, as behind a load balancer: the first in
/// Development with the demo data, the second in Production (JSON logs) with /metrics open
/// only to a network the tests do not call from.
/// </summary>
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    private string _database = "";

    public AppProcess First { get; private set; } = null!;

    public AppProcess Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateEmptyAsync("twoinst");
        First = AppProcess.Start(_database, new Dictionary<string, string>
        {
            ["Database:MigrateOnStartup"] = "true",
            ["Database:SeedDemoData"] = "true",
        });
        await First.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        Second = AppProcess.Start(_database, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Metrics:AllowedNetworks:0"] = "10.0.0.0/8",
        });
        await Second.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
    }

    public async Task DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await TestDatabase.DropAsync(_database);
    }
}

public sealed partial class TwoInstancesTests(TwoInstancesFixture apps) : IClassFixture<TwoInstancesFixture>
{
    [Fact]
    public async Task A_sign_in_cookie_issued_by_one_instance_is_accepted_by_the_other()
    {
        var cookies = new CookieContainer();
        await SignInAsync(apps.First.BaseAddress, cookies, "candidate@demo.test");

        using var second = Client(apps.Second.BaseAddress, cookies);
        using var home = await second.GetAsync("/candidate");

        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await home.Content.ReadAsStringAsync()).ShouldContain("Priya");
    }

    [Fact]
    public async Task Each_request_is_one_JSON_log_line_with_the_user_their_role_and_the_route()
    {
        var cookies = new CookieContainer();
        await SignInAsync(apps.First.BaseAddress, cookies, "recruiter@demo.test");
        using var second = Client(apps.Second.BaseAddress, cookies);
        var marker = $"/recruiter/notes/{Guid.NewGuid()}";

        using var response = await second.GetAsync(marker);

        var lines = await EventuallyAsync(() => RequestLines(apps.Second.Output, marker));
        lines.Count.ShouldBe(1, string.Join("\n", lines));
        var properties = JsonDocument.Parse(lines[0]).RootElement;
        properties.GetProperty("RequestPath").GetString().ShouldBe(marker);
        properties.GetProperty("StatusCode").GetInt32().ShouldBe((int)response.StatusCode);
        properties.GetProperty("Role").GetString().ShouldBe("Recruiter");
        Guid.TryParse(properties.GetProperty("UserId").GetString(), out _).ShouldBeTrue();
        properties.GetProperty("Route").GetString().ShouldBe("/recruiter/notes/{NoteId:guid}");
    }

    [Fact]
    public async Task An_invitation_links_token_never_reaches_the_log()
    {
        var token = $"secret{Guid.NewGuid():N}";
        using var anonymous = Client(apps.Second.BaseAddress, new CookieContainer());

        using var response = await anonymous.GetAsync($"/invitation/{token}");

        response.StatusCode.ShouldBe(HttpStatusCode.Gone);
        var lines = await EventuallyAsync(() => RequestLines(apps.Second.Output, "/invitation/{token}"));
        lines.ShouldNotBeEmpty();
        apps.Second.Output.ShouldNotContain(token);
    }

    [Fact]
    public async Task Metrics_answer_a_loopback_caller_with_the_products_instruments()
    {
        using var first = Client(apps.First.BaseAddress, new CookieContainer());

        var metrics = await EventuallyAsync(async () =>
        {
            var text = await first.GetStringAsync("/metrics");
            return text.Contains("recruiter_liaison_review_queue_depth", StringComparison.Ordinal) ? text : null;
        });

        metrics.ShouldContain("recruiter_liaison_feedback_overdue_windows");
        metrics.ShouldContain("http_server_request_duration_seconds");
    }

    [Fact]
    public async Task Metrics_are_not_found_by_callers_outside_the_allowed_networks()
    {
        using var second = Client(apps.Second.BaseAddress, new CookieContainer());

        using var response = await second.GetAsync("/metrics");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("recruiter_liaison");
    }

    private static List<string> RequestLines(string output, string path) =>
        output.Split('\n').Where(l => l.Contains("RequestLoggingMiddleware", StringComparison.Ordinal) && l.Contains(path, StringComparison.Ordinal)).ToList();

    private static HttpClient Client(Uri baseAddress, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Signs in through the real form; the cookie lands in <paramref name="cookies"/> (cookies ignore ports).</summary>
    private static async Task SignInAsync(Uri baseAddress, CookieContainer cookies, string email)
    {
        using var client = Client(baseAddress, cookies);
        var page = await client.GetStringAsync("/Account/Login");
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        using var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "Demo-pass-1",
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"sign-in as {email} failed");
    }

    /// <summary>Log lines and the first metrics export arrive a moment after the response.</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe)
    {
        for (var attempt = 0; ; attempt++)
        {
            var value = await probe();
            if (value is not null && (value is not System.Collections.ICollection { Count: 0 }) || attempt == 50)
            {
                return value ?? throw new TimeoutException("nothing arrived within 10 seconds");
            }

            await Task.Delay(200);
        }
    }

    private static Task<T> EventuallyAsync<T>(Func<T> probe) => EventuallyAsync(() => Task.FromResult<T?>(probe()));

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
