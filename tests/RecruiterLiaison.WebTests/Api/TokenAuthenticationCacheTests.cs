using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Api;

/// <summary>
/// The claims behind a token are cached, yet a role change, a deactivation or a revoked token
/// counts on the very next request: each request still checks the token and the owner's stamp.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class TokenAuthenticationCacheTests(AppFactory app)
{
    private readonly PeopleScenario _people = new(app);

    [Fact]
    public async Task A_role_change_counts_on_the_next_request_though_the_claims_were_cached()
    {
        var (id, email) = await _people.JoinAsync(Role.AgencyAdmin);
        var person = await app.ApiClientAsync(email);
        (await person.GetAsync("/api/v1/people")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await person.GetAsync("/api/v1/people")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var admin = await app.ApiClientAsync(Demo.Admin);
        (await admin.PostAsJsonAsync($"/api/v1/people/{id}/role", new { role = "Recruiter" })).EnsureSuccessStatusCode();

        (await person.GetAsync("/api/v1/people")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await person.GetAsync("/api/v1/review-queue")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_deactivation_counts_on_the_next_request()
    {
        var (id, email) = await _people.JoinAsync(Role.Recruiter);
        var person = await app.ApiClientAsync(email);
        (await person.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var admin = await app.ApiClientAsync(Demo.Admin);
        (await admin.PostAsync($"/api/v1/people/{id}/deactivate", null)).EnsureSuccessStatusCode();

        (await person.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_revoked_token_is_refused_on_the_next_request()
    {
        var (_, email) = await _people.JoinAsync(Role.Recruiter);
        var person = await app.ApiClientAsync(email);
        (await person.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var owner = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            foreach (var token in await db.ApiTokens.Where(t => t.UserId == owner).ToListAsync())
            {
                token.Revoke(DateTimeOffset.UtcNow);
            }

            await db.SaveChangesAsync();
        }

        (await person.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
