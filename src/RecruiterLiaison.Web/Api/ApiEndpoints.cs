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
            .DisableAntiforgery()
            .RefuseNulCharacters()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/me", (HttpContext context) =>
        {
            var user = context.User.RequireCurrentUser();
            return TypedResults.Ok(new MeResponse(user.UserId, user.Email, user.DisplayName, user.Role.ToString()));
        }).WithTags("Me");

        // Each area is a tag in the OpenAPI document, so the reference at /scalar/v1 groups by it.
        SubmissionsApi.Map(Area(api, "Submissions"));
        SubmissionActionsApi.Map(Area(api, "Submissions"));
        CandidatesApi.Map(Area(api, "Candidates"));
        NotesApi.Map(Area(api, "Notes and review queue"));
        FeedbackApi.Map(Area(api, "Feedback"));
        RepliesApi.Map(Area(api, "Client replies"));
        DebriefsApi.Map(Area(api, "Debriefs"));
        InterviewsApi.Map(Area(api, "Interviews"));
        FeedbackRequestsApi.Map(Area(api, "Feedback requests"));
        NotificationsApi.Map(Area(api, "Notifications and dashboard"));
        ClientsApi.Map(Area(api, "Clients and contacts"));
        PositionsApi.Map(Area(api, "Positions and requirements"));
        PeopleApi.Map(Area(api, "People and invitations"));
    }

    private static RouteGroupBuilder Area(RouteGroupBuilder api, string tag) => api.MapGroup("").WithTags(tag);

    public sealed record MeResponse(Guid Id, string Email, string DisplayName, string Role);

    /// <summary>Translates an application failure into a problem-details response.</summary>
    public static IResult Problem(Failure failure) => failure.Kind switch
    {
        FailureKind.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: failure.Message),
        // A conflict carries the record as it now stands (current), so the loser sees what happened.
        FailureKind.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: failure.Message,
            extensions: failure.Current is { } current ? new Dictionary<string, object?> { ["current"] = current } : null),
        FailureKind.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: failure.Message),
        _ => failure.Errors is { Count: > 0 } errors
            ? TypedResults.ValidationProblem(errors.ToDictionary(), detail: failure.Message)
            : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: failure.Message),
    };
}
