using System.Security.Claims;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Web.Security;

public static class CurrentUserExtensions
{
    /// <summary>The caller as handlers see it; null when the principal lacks the app's claims.</summary>
    public static CurrentUser? ToCurrentUser(this ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || !Guid.TryParse(principal.FindFirstValue(ClaimsNames.AgencyId), out var agencyId))
        {
            return null;
        }

        var role = Enum.GetValues<Role>().FirstOrDefault(r => principal.IsInRole(r.ToString()), (Role)(-1));
        if (!Enum.IsDefined(role))
        {
            return null;
        }

        return new CurrentUser(userId, agencyId, principal.FindFirstValue(ClaimTypes.Email) ?? "", principal.FindFirstValue(ClaimsNames.DisplayName) ?? "", role);
    }

    public static CurrentUser RequireCurrentUser(this ClaimsPrincipal principal) =>
        principal.ToCurrentUser() ?? throw new InvalidOperationException("The signed-in principal lacks the app's claims.");
}
