using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RecruiterLiaison.Infrastructure.Identity;
using RecruiterLiaison.Tests.Shared;

namespace RecruiterLiaison.WebTests.Support;

/// <summary>
/// The whole app in process over a fresh migrated database with the demo agencies, shared by
/// a test collection. Clients sign in through the real sign-in form.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private string _connectionString = "";

    /// <summary>The test database this app runs on.</summary>
    public string ConnectionString => _connectionString;

    public async Task InitializeAsync()
    {
        _connectionString = await TestDatabase.CreateEmptyAsync("web");
        _ = Services; // starts the host: migrations and demo data are applied at start-up
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await TestDatabase.DropAsync(_connectionString);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(HostEnvironment);
        builder.UseSetting("ConnectionStrings:Default", _connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("RateLimits:SignInPerMinute", SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:NoteSubmissionsPerMinute", NoteSubmissionsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:ApiPerMinute", ApiPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Development shows what a developer sees; <see cref="ProductionAppFactory"/> what a deployment answers.</summary>
    protected virtual string HostEnvironment => Environments.Development;

    /// <summary>Tests sign in hundreds of times a minute; the limit itself has its own test.</summary>
    protected virtual int SignInPerMinute => 100_000;

    protected virtual int NoteSubmissionsPerMinute => 100_000;

    /// <summary>The demo recruiter's token makes thousands of calls across the suite.</summary>
    protected virtual int ApiPerMinute => 100_000;

    public HttpClient AnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A browser-like client signed in through the sign-in form.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email, string password = "Demo-pass-1")
    {
        var client = AnonymousClient();
        var response = await PostFormAsync(client, "/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>Submits a static-SSR form the way a browser does: with its antiforgery token and handler name.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, Dictionary<string, string> fields)
    {
        var page = await client.GetAsync(path);
        var document = await ParseAsync(page);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {path}");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token, ["_handler"] = formName };
        return await client.PostAsync(path, new FormUrlEncodedContent(body));
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public async Task<HttpClient> ApiClientAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var token = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(email, "web-tests")
            ?? throw new InvalidOperationException($"No user {email}");
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFactory>
{
    public const string Name = "app";
}

/// <summary>The demo accounts, one per role, and where each lands.</summary>
public static class Demo
{
    public const string Admin = "admin@demo.test";
    public const string Recruiter = "recruiter@demo.test";
    public const string Candidate = "candidate@demo.test";
    public const string Candidate2 = "candidate2@demo.test";
    public const string Client = "client@demo.test";
    public const string Client2 = "client2@demo.test";
    public const string OtherAgencyRecruiter = "recruiter@meridian.test";
    public const string OtherAgencyCandidate = "candidate@meridian.test";
    public const string OtherAgencyClient = "client@meridian.test";
    public const string OtherAgencyAdmin = "admin@meridian.test";

    public static readonly IReadOnlyDictionary<string, string> HomeOf = new Dictionary<string, string>
    {
        [Admin] = "/admin",
        [Recruiter] = "/recruiter",
        [Candidate] = "/candidate",
        [Candidate2] = "/candidate",
        [Client] = "/client",
        [Client2] = "/client",
    };
}
