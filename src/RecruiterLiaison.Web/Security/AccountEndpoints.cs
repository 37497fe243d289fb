using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using RecruiterLiaison.Infrastructure.Identity;

namespace RecruiterLiaison.Web.Security;

public static class AccountEndpoints
{
    /// <summary>Sign-out is a form POST (antiforgery-checked) from the layout.</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/Account/Logout", async ([FromServices] SignInManager<ApplicationUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        });
}
