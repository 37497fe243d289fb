using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RecruiterLiaison.Infrastructure.Identity;

namespace RecruiterLiaison.Web.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer rl_…</c> personal access tokens. A missing or unknown
/// token is a 401 with a problem-details body; the API never redirects to a sign-in page.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    IUserClaimsPrincipalFactory<ApplicationUser> principals)
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

        var user = await tokens.FindUserAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (user is null || (user.LockoutEnd is { } end && end > TimeProvider.GetUtcNow()))
        {
            return AuthenticateResult.Fail("Unknown or revoked token.");
        }

        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
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
