using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Identity;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.Identity;

[Collection(DatabaseCollection.Name)]
public sealed class ApiTokenServiceTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_created_token_resolves_to_its_user_and_only_its_hash_is_stored()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();

        var token = await tokens.CreateAsync("recruiter@demo.test", "test");

        token.ShouldNotBeNull();
        await using var db = await fixture.OpenAsync();
        var recruiter = await db.Users.Where(u => u.Email == "recruiter@demo.test").Select(u => u.Id).SingleAsync();
        (await tokens.FindOwnerAsync(token))!.UserId.ShouldBe(recruiter);
        var stored = await db.ApiTokens.SingleAsync(t => t.TokenHash == ApiTokenService.Hash(token));
        stored.TokenHash.ShouldNotContain(token);
        (await db.ApiTokens.AnyAsync(t => t.TokenHash == token)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("rl_not-a-real-token")]
    [InlineData("")]
    [InlineData("Bearer")]
    public async Task An_unknown_token_resolves_to_nobody(string token)
    {
        await using var scope = fixture.Services.CreateAsyncScope();

        (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().FindOwnerAsync(token)).ShouldBeNull();
    }

    [Fact]
    public async Task A_revoked_token_resolves_to_nobody()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        var token = (await tokens.CreateAsync("candidate@demo.test", "revoke-me"))!;
        await using (var db = await fixture.OpenAsync())
        {
            var stored = await db.ApiTokens.SingleAsync(t => t.TokenHash == ApiTokenService.Hash(token));
            stored.Revoke(fixture.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        (await tokens.FindOwnerAsync(token)).ShouldBeNull();
    }

    [Fact]
    public async Task No_token_is_made_for_an_unknown_address()
    {
        await using var scope = fixture.Services.CreateAsyncScope();

        (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync("nobody@demo.test", "x")).ShouldBeNull();
    }
}
