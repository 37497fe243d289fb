using System.Net;
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

    public sealed class StrictFactory : AppFactory
    {
        protected override int SignInPerMinute => 3;
    }
}
