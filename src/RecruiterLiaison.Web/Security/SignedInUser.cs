using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Web.Components.Shared;

namespace RecruiterLiaison.Web.Security;

/// <summary>
/// Who is signed in, as components see it: from the authentication state, which works the
/// same in a static render and in a circuit (where there is no HttpContext), and which the
/// revalidating provider withdraws from a locked-out user's open circuit.
/// </summary>
public sealed class SignedInUser(AuthenticationStateProvider authentication)
{
    public async Task<ClaimsPrincipal> PrincipalAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    /// <summary>The caller as handlers see them; pages behind [Authorize] always have one.</summary>
    public async Task<CurrentUser> GetAsync() => (await PrincipalAsync()).RequireCurrentUser();

    /// <summary>The caller, or null when nobody (or a principal without the app's claims) is signed in.</summary>
    public async Task<CurrentUser?> FindAsync() => (await PrincipalAsync()).ToCurrentUser();

    /// <summary>The agency's time zone, in which every time the caller reads is shown.</summary>
    public async Task<TimeZoneInfo> ZoneAsync() => AgencyTime.ZoneOf(await PrincipalAsync());
}
