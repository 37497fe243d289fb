using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruiterLiaison.Infrastructure.Identity;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.Web.Security;

/// <summary>Adds the agency and display name so handlers can scope queries without a lookup.</summary>
public sealed class AppClaimsPrincipalFactory(UserManager<ApplicationUser> users, RoleManager<ApplicationRole> roles, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, ApplicationRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimsNames.AgencyId, user.AgencyId.ToString()));
        identity.AddClaim(new Claim(ClaimsNames.DisplayName, user.DisplayName));
        var timeZone = await db.Agencies.Where(a => a.Id == user.AgencyId).Select(a => a.TimeZone).SingleAsync();
        identity.AddClaim(new Claim(ClaimsNames.TimeZone, timeZone));
        return identity;
    }
}
