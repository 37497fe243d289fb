using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RecruiterLiaison.Infrastructure.Identity;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.Web.Security;

/// <summary>
/// Re-checks an open circuit's user every <c>Security:RevalidationSeconds</c> (default 60):
/// a user who was removed, locked out, deactivated or whose security stamp changed (password
/// reset, role change, deactivation) loses access in that circuit without waiting for the cookie to expire.
/// </summary>
internal sealed class RevalidatingIdentityAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IOptions<IdentityOptions> identity,
    IConfiguration configuration) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval { get; } =
        TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Security:RevalidationSeconds", 60)));

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        try
        {
            return await IsStillValidAsync(users, authenticationState.User);
        }
        catch (Exception failure) when (DatabaseFaults.IsUnavailable(failure))
        {
            // A database that is away is no reason to sign anyone out: left to the base class, a
            // check that throws can end the circuit's sign-in (DatabaseOutageCircuitTests saw it),
            // and a restart would sign out every open page. The user stays as they were until the
            // next check, one interval later; while the database is away nothing can be done anyway.
            return true;
        }
    }

    internal async Task<bool> IsStillValidAsync(UserManager<ApplicationUser> users, ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || !user.IsActive || await users.IsLockedOutAsync(user))
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stampInCookie = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stampInCookie == await users.GetSecurityStampAsync(user);
    }
}
