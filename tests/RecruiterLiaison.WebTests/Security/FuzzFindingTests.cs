using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RecruiterLiaison.Infrastructure.Identity;
using RecruiterLiaison.Web.Security;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Security;

/// <summary>
/// Each request the fuzz (<see cref="FuzzTests"/>) found answered with a 500, pinned as a test of
/// its own so that it does not wait for a seed to draw it again. Against the Production host,
/// where a binding or database error has no developer page to hide behind.
/// </summary>
[Collection(ProductionAppCollection.Name)]
public sealed class FuzzFindingTests(ProductionAppFactory app)
{
    [Theory]
    [InlineData("nonsense")]
    [InlineData("utf-7")]
    public async Task A_json_body_in_a_charset_the_api_cannot_read_is_refused_with_415_problem_details(string charset)
    {
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);
        var content = new StringContent("{\"body\":\"Thank you for Tuesday.\"}", Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");

        var response = await recruiter.PostAsync("/api/v1/notes/check", content);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("UTF-8");
    }

    [Fact]
    public async Task A_nul_character_in_a_client_name_is_a_field_error_not_a_database_error()
    {
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);

        var response = await recruiter.PostAsJsonAsync("/api/v1/clients", new { name = "Kestrel\0Freight" });

        (await ErrorsAsync(response)).GetProperty("name")[0].GetString()!.ShouldContain("NUL");
    }

    [Fact]
    public async Task A_nul_character_in_the_sign_in_address_is_refused_as_a_wrong_password()
    {
        // Found by seed 22: posted as multipart, the address went to PostgreSQL, which cannot compare text with a NUL.
        var client = app.AnonymousClient();
        var page = await AppFactory.ParseAsync(await client.GetAsync("/Account/Login"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent("fuzz")
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("login"), "_handler" },
            { new StringContent("client@demo.test\0"), "Input.Email" },
            { new StringContent("Wrong-pass-9"), "Input.Password" },
        };

        var response = await client.PostAsync("/Account/Login", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"login-error\"");
    }

    [Fact]
    public async Task An_empty_entry_in_a_list_of_ratings_is_a_field_error_not_a_server_error()
    {
        var admin = await app.ApiClientAsync(Demo.OtherAgencyAdmin);

        var response = await admin.PostAsync($"/api/v1/interviews/{Guid.NewGuid()}/feedback",
            new StringContent("{\"ratings\":[null,null],\"decision\":\"Hold\",\"notes\":\"Thank you for Tuesday.\"}", Encoding.UTF8, "application/json"));

        (await ErrorsAsync(response)).GetProperty("ratings[0]")[0].GetString()!.ShouldContain("empty");
    }

    [Fact]
    public async Task A_nul_character_in_a_search_is_a_field_error_named_after_the_query_parameter()
    {
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);

        var response = await recruiter.GetAsync("/api/v1/positions?search=nul%00byte");

        (await ErrorsAsync(response)).GetProperty("search")[0].GetString()!.ShouldContain("NUL");
    }

    [Fact]
    public async Task A_nul_character_deep_in_a_body_names_the_field_it_is_in()
    {
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);
        var ids = await new WorkspaceScenario(app).CreateAsync(recruiter);

        var response = await recruiter.PostAsJsonAsync("/api/v1/positions", new
        {
            clientCompanyId = ids.Client,
            title = "Data Engineer",
            requirements = new[] { "SQL", "Py\0thon" },
        });

        (await ErrorsAsync(response)).TryGetProperty("requirements[1]", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData(Demo.Candidate, "/api/v1/notes")]
    [InlineData(Demo.Recruiter, "/api/v1/review-queue")]
    [InlineData(Demo.Recruiter, "/api/v1/clients")]
    public async Task The_last_page_anyone_can_ask_for_is_an_empty_page_not_an_overflow(string email, string path)
    {
        var client = await app.ApiClientAsync(email);

        var response = await client.GetAsync($"{path}?page={int.MaxValue}&pageSize=100");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }
}

/// <summary>
/// An error nobody foresaw, under /api in Production: the caller gets problem details with a
/// trace id to quote, not the browser's error page and never the exception.
/// </summary>
public sealed class UnexpectedApiErrorTests(UnexpectedApiErrorTests.FailingFactory app) : IClassFixture<UnexpectedApiErrorTests.FailingFactory>
{
    [Fact]
    public async Task An_unexpected_error_answers_500_problem_details_that_say_nothing_of_the_exception()
    {
        var client = await app.ApiClientAsync(Demo.Client2);

        var response = await client.GetAsync("/api/v1/me");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain(FailingPrincipals.Secret);
        body.ShouldNotContain("Exception");
        body.ShouldNotContain("   at ");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("traceId").GetString().ShouldNotBeNullOrEmpty();
    }

    /// <summary>Production, with the claims of one person (Client2's) failing as a broken dependency would.</summary>
    public sealed class FailingFactory : ProductionAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<IUserClaimsPrincipalFactory<ApplicationUser>>();
                services.AddScoped<AppClaimsPrincipalFactory>();
                services.AddScoped<IUserClaimsPrincipalFactory<ApplicationUser>>(sp => new FailingPrincipals(sp.GetRequiredService<AppClaimsPrincipalFactory>()));
            });
        }
    }

    private sealed class FailingPrincipals(IUserClaimsPrincipalFactory<ApplicationUser> inner) : IUserClaimsPrincipalFactory<ApplicationUser>
    {
        public const string Secret = "connection to 10.0.0.7 refused";

        public Task<ClaimsPrincipal> CreateAsync(ApplicationUser user) =>
            user.Email == Demo.Client2 ? throw new InvalidOperationException(Secret) : inner.CreateAsync(user);
    }
}
