using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Security;

/// <summary>
/// Beyond its limit a caller gets 429 as problem details with Retry-After, per caller for the
/// API and per client address for sign-in; an address the caller claims for itself in
/// X-Forwarded-For opens no new allowance (the app trusts no forwarded headers).
/// </summary>
public sealed class RateLimitTests(RateLimitTests.StrictFactory app) : IClassFixture<RateLimitTests.StrictFactory>
{
    [Fact]
    public async Task Api_calls_beyond_the_limit_get_429_problem_details_with_retry_after()
    {
        var recruiter = await app.ApiClientAsync(Demo.Recruiter);
        for (var call = 0; call < StrictFactory.Limit; call++)
        {
            (await recruiter.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await recruiter.GetAsync("/api/v1/me");

        await ShouldBeTooManyAsync(refused);
    }

    [Fact]
    public async Task The_api_limit_counts_each_caller_apart()
    {
        var admin = await app.ApiClientAsync(Demo.Admin);
        for (var call = 0; call <= StrictFactory.Limit; call++)
        {
            await admin.GetAsync("/api/v1/me");
        }

        (await admin.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await (await app.ApiClientAsync(Demo.Candidate)).GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Sign_in_beyond_the_limit_gets_429_problem_details_whatever_address_the_caller_claims()
    {
        var browser = app.AnonymousClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt <= StrictFactory.Limit + 1; attempt++)
        {
            browser.DefaultRequestHeaders.Remove("X-Forwarded-For");
            browser.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{attempt + 1}");
            last = await AppFactory.PostFormAsync(browser, "/Account/Login", "login", new() { ["Input.Email"] = "nobody@demo.test", ["Input.Password"] = "guess" });
            statuses.Add(last.StatusCode);
        }

        statuses.Take(StrictFactory.Limit).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Skip(StrictFactory.Limit).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        await ShouldBeTooManyAsync(last!);
    }

    private static async Task ShouldBeTooManyAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32().ShouldBe(429);
        response.Headers.RetryAfter.ShouldNotBeNull();
    }

    /// <summary>Three calls a minute for the API and for sign-in.</summary>
    public sealed class StrictFactory : AppFactory
    {
        public const int Limit = 3;

        protected override int ApiPerMinute => Limit;

        protected override int SignInPerMinute => Limit;
    }
}
