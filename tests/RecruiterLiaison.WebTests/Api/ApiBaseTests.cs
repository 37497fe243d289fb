using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Api;

[Collection(AppCollection.Name)]
public sealed class ApiBaseTests(AppFactory app)
{
    [Theory]
    [InlineData(Demo.Admin, "AgencyAdmin", "Helen Marsh")]
    [InlineData(Demo.Recruiter, "Recruiter", "Daniel Okafor")]
    [InlineData(Demo.Candidate, "Candidate", "Priya Raman")]
    [InlineData(Demo.Client, "Client", "Sarah Lindqvist")]
    public async Task Me_describes_the_tokens_owner(string email, string role, string name)
    {
        var client = await app.ApiClientAsync(email);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");

        me.GetProperty("email").GetString().ShouldBe(email);
        me.GetProperty("role").GetString().ShouldBe(role);
        me.GetProperty("displayName").GetString().ShouldBe(name);
        Guid.TryParse(me.GetProperty("id").GetString(), out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer rl_wrong-token")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task A_missing_or_wrong_token_gets_401_with_problem_details(string? authorization)
    {
        var client = app.AnonymousClient();
        if (authorization is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await client.GetAsync("/api/v1/me");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe(401);
    }

    [Fact]
    public async Task A_signed_in_browser_cookie_is_not_an_API_credential()
    {
        var browser = await app.SignedInClientAsync(Demo.Recruiter);

        (await browser.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Submissions_are_scoped_to_the_caller_and_agency()
    {
        var otherAgency = await (await app.ApiClientAsync(Demo.OtherAgencyCandidate)).GetFromJsonAsync<JsonElement>("/api/v1/submissions");
        var clientTwo = await (await app.ApiClientAsync(Demo.Client2)).GetFromJsonAsync<JsonElement>("/api/v1/submissions");
        var recruiter = await (await app.ApiClientAsync(Demo.Recruiter)).GetFromJsonAsync<JsonElement>("/api/v1/submissions?pageSize=100");
        // Other tests add submissions without interviews; Priya's second round is at further interviews.
        var further = await (await app.ApiClientAsync(Demo.Recruiter)).GetFromJsonAsync<JsonElement>("/api/v1/submissions?stage=FurtherInterviews");

        otherAgency.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("position").GetString()).ShouldBe(["Claims Platform Engineer"]);
        clientTwo.GetProperty("items").EnumerateArray().ShouldAllBe(s => s.GetProperty("client").GetString() == "Corvid Health");
        recruiter.GetProperty("items").EnumerateArray().ShouldNotContain(s => s.GetProperty("position").GetString() == "Claims Platform Engineer");
        var interview = further.GetProperty("items").EnumerateArray().SelectMany(s => s.GetProperty("interviews").EnumerateArray()).First();
        interview.GetProperty("interviewers")[0].TryGetProperty("seniority", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API()
    {
        var response = await app.AnonymousClient().GetAsync("/openapi/v1.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        document.GetProperty("paths").TryGetProperty("/api/v1/me", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready()
    {
        var client = app.AnonymousClient();

        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var response = await app.AnonymousClient().GetAsync("/Account/Login");

        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
    }

    [Fact]
    public async Task An_unknown_API_address_answers_404_problem_details_not_a_page()
    {
        var response = await (await app.ApiClientAsync(Demo.Recruiter)).GetAsync("/api/v1/no-such-thing");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
