using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Web.Security;

namespace RecruiterLiaison.Web.Api;

/// <summary>/api/v1: personal-access-token callers only, JSON camelCase, problem details on errors.</summary>
public static class ApiEndpoints
{
    public static void MapApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1")
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName).RequireAuthenticatedUser())
            .RequireRateLimiting(WebSecurity.ApiRateLimit)
            .DisableAntiforgery();

        api.MapGet("/me", (HttpContext context) =>
        {
            var user = context.User.RequireCurrentUser();
            return TypedResults.Ok(new MeResponse(user.UserId, user.Email, user.DisplayName, user.Role.ToString()));
        });

        SubmissionsApi.Map(api);
        CandidatesApi.Map(api);
        NotesApi.Map(api);
        FeedbackApi.Map(api);
        ClientsApi.Map(api);
        PositionsApi.Map(api);
        PeopleApi.Map(api);
    }

    public sealed record MeResponse(Guid Id, string Email, string DisplayName, string Role);

    /// <summary>Translates an application failure into a problem-details response.</summary>
    public static IResult Problem(Failure failure) => failure.Kind switch
    {
        FailureKind.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: failure.Message),
        FailureKind.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: failure.Message),
        FailureKind.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: failure.Message),
        _ => failure.Errors is { Count: > 0 } errors
            ? TypedResults.ValidationProblem(errors.ToDictionary(), detail: failure.Message)
            : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: failure.Message),
    };
}
