using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Identity;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Security;

/// <summary>
/// A revoked personal access token stops working on the very next request, over HTTP: nothing
/// between the database and the API (a cache, a long-lived principal) may keep it alive.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class TokenRevocationTests(AppFactory app)
{
    [Fact]
    public async Task A_revoked_token_is_refused_on_the_next_request_and_the_owners_other_token_still_works()
    {
        var revoked = await TokenAsync(Demo.Candidate2);
        var kept = await TokenAsync(Demo.Candidate2);
        var client = Caller(revoked);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var db = await Workspace.OpenAsync(app))
        {
            var stored = await db.ApiTokens.SingleAsync(t => t.TokenHash == ApiTokenService.Hash(revoked));
            stored.Revoke(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var next = await client.GetAsync("/api/v1/me");
        next.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        next.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await client.GetAsync("/api/v1/notes")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Caller(kept).GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<string> TokenAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(email, "revocation test"))!;
    }

    private HttpClient Caller(string token)
    {
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
