using System.Net;
using System.Net.Http.Json;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Pages;

public sealed class SignInRateLimitTests : IClassFixture<SignInRateLimitTests.StrictFactory>
{
    private readonly StrictFactory _app;

    public SignInRateLimitTests(StrictFactory app) => _app = app;

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429()
    {
        var client = _app.AnonymousClient();
        var statuses = new List<HttpStatusCode>();

        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add((await AppFactory.PostFormAsync(client, "/Account/Login", "login", new() { ["Input.Email"] = "nobody@demo.test", ["Input.Password"] = "guess" })).StatusCode);
        }

        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses[3].ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Note_submissions_beyond_the_limit_get_429_with_problem_details()
    {
        var candidate = await _app.ApiClientAsync(Demo.Candidate);
        var (submission, interview, contact) = await new Scenario(_app).PriyaToSarahAsync();
        var statuses = new List<HttpStatusCode>();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var response = await candidate.PostAsJsonAsync("/api/v1/notes", new { submissionId = submission, interviewId = interview, recipientContactId = contact, kind = "ThankYou", body = $"Thank you, take {attempt}." });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            }
        }

        statuses.ShouldBe([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests]);
    }

    public sealed class StrictFactory : AppFactory
    {
        protected override int SignInPerMinute => 3;

        protected override int NoteSubmissionsPerMinute => 2;
    }
}
