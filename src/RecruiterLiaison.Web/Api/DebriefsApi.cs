using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Debriefs.GetDebrief;
using RecruiterLiaison.Application.Debriefs.LogDebrief;
using RecruiterLiaison.Web.Security;

namespace RecruiterLiaison.Web.Api;

/// <summary>The candidate's own account of an interview: for the candidate and the agency's recruiters, never a client.</summary>
internal static class DebriefsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/interviews/{id:guid}/debrief", GetAsync).Answers<DebriefView>().Refuses(404)
            .WithDescription("The interview's debrief; its scores and texts are empty (and loggedAt null) until the candidate logs one.");
        api.MapPut("/interviews/{id:guid}/debrief", LogAsync).Answers<DebriefView>().Refuses(400, 404)
            .WithDescription("The candidate logs how the interview went, once it has happened; logging again revises it. Scores run from 1 to 5.");
    }

    public sealed record DebriefRequest(int? HowItWent, int? InterestLevel, string? Concerns = null, string? Questions = null, string? PointsNotMade = null);

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, GetDebriefHandler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken) is { } debrief
            ? TypedResults.Ok(debrief)
            : ApiEndpoints.Problem(Failure.NotFound("interview"));

    private static async Task<IResult> LogAsync(Guid id, DebriefRequest request, HttpContext http, LogDebriefHandler handler, GetDebriefHandler debriefs, CancellationToken cancellationToken)
    {
        var user = http.User.RequireCurrentUser();
        // A missing score is 0, which the validator refuses beside that field.
        var command = new LogDebriefCommand(id, request.HowItWent ?? 0, request.InterestLevel ?? 0, request.Concerns ?? "", request.Questions ?? "", request.PointsNotMade ?? "");
        var result = await handler.HandleAsync(user, command, cancellationToken);
        if (!result.Succeeded)
        {
            return ApiEndpoints.Problem(result.Failure!);
        }

        return await debriefs.HandleAsync(user, id, cancellationToken) is { } debrief ? TypedResults.Ok(debrief) : ApiEndpoints.Problem(Failure.NotFound("interview"));
    }
}
