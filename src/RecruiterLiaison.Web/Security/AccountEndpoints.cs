using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using RecruiterLiaison.Infrastructure.Identity;

namespace RecruiterLiaison.Web.Security;

public static class AccountEndpoints
{
    /// <summary>
    /// Sign-out is a form POST from the layout, carrying its antiforgery token. A minimal endpoint
    /// that binds no form is not checked unless it asks: the metadata has the antiforgery
    /// middleware validate the token (a malformed form included), and the endpoint refuses
    /// unless it passed. Without it, a page on another site could sign people out.
    /// </summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/Account/Logout", async (HttpContext context, [FromServices] SignInManager<ApplicationUser> signIn) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
            {
                return Results.Text("A valid antiforgery token was not provided with the request.", statusCode: StatusCodes.Status400BadRequest);
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("~/Account/Login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
}
