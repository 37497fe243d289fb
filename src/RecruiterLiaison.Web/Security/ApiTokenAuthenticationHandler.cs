using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using RecruiterLiaison.Infrastructure.Identity;

namespace RecruiterLiaison.Web.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer rl_…</c> personal access tokens. A missing or unknown
/// token is a 401 with a problem-details body; the API never redirects to a sign-in page.
/// Each request costs one database round trip: the token, its owner's state and security stamp
/// are read afresh (so a revocation, deactivation or role change counts on the next request, on
/// every instance), while the claims built from the owner are cached under that stamp.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    UserManager<ApplicationUser> users,
    IUserClaimsPrincipalFactory<ApplicationUser> principals,
    IMemoryCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var owner = await tokens.FindOwnerAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (owner is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked token.");
        }

        var principal = await cache.GetOrCreateAsync(("api-principal", owner), async entry =>
        {
            // Names and e-mail addresses do not change the stamp: a minute is how stale they may be.
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return await users.FindByIdAsync(owner.UserId.ToString()) is { } user ? await principals.CreateAsync(user) : null;
        });
        return principal is null
            ? AuthenticateResult.Fail("Unknown or revoked token.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal.Clone(), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status401Unauthorized, "Authentication required", "Send a personal access token as 'Authorization: Bearer <token>'.");

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        await Context.RequestServices.GetRequiredService<AccessAudit>().RecordRefusalAsync(Context, "role not allowed");
        await WriteProblemAsync(StatusCodes.Status403Forbidden, "Forbidden", "Your role cannot use this endpoint.");
    }

    private async Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            Response.Headers.WWWAuthenticate = "Bearer";
        }

        await Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(Context);
    }
}
