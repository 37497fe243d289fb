using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Feedback.PostFeedback;
using RecruiterLiaison.Application.Feedback.RequestFeedback;
using RecruiterLiaison.Application.Feedback.SetFeedbackWindow;
using RecruiterLiaison.Application.Positions.GetPosition;
using RecruiterLiaison.Domain.Feedback;
using RecruiterLiaison.Web.Security;

namespace RecruiterLiaison.Web.Api;

/// <summary>Feedback windows, client feedback, positions and feedback requests.</summary>
internal static class FeedbackApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/interviews/{id:guid}/feedback-window", GetWindowAsync).Answers<FeedbackWindowView>().Refuses(404);
        api.MapPut("/interviews/{id:guid}/feedback-window", SetWindowAsync).Answers<FeedbackWindowView>().Refuses(400, 404, 409)
            .WithDescription("The recruiter sets or moves when the client's feedback is due; moving it reopens the window.");
        api.MapPost("/interviews/{id:guid}/feedback", PostFeedbackAsync).Answers<FeedbackPosted>(StatusCodes.Status201Created).Refuses(400, 404, 409);
        api.MapGet("/positions/{id:guid}", GetPositionAsync).Answers<PositionView>().Refuses(404);
        api.MapPost("/submissions/{id:guid}/feedback-requests", RequestFeedbackAsync).Answers<FeedbackRequestCreated>(StatusCodes.Status201Created).Refuses(400, 404, 409)
            .WithDescription("After a rejection the candidate may ask, once, for constructive feedback. Follow it at /submissions/{id}/feedback-request.");
    }

    public sealed record WindowRequest(DateTimeOffset? DueAt);

    public sealed record RatingRequest(Guid RequirementId, int Rating, string? Comment);

    public sealed record FeedbackRequestBody(FeedbackDecision? Decision, IReadOnlyList<RatingRequest>? Ratings, string? Notes);

    public sealed record FeedbackPosted(Guid Id, Guid InterviewId);

    public sealed record FeedbackRequestCreated(Guid Id, Guid SubmissionId, FeedbackRequestStatus Status);

    private static async Task<IResult> GetWindowAsync(Guid id, HttpContext http, GetFeedbackWindowHandler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken) is { } window
            ? TypedResults.Ok(window)
            : ApiEndpoints.Problem(Failure.NotFound("feedback window"));

    private static async Task<IResult> SetWindowAsync(Guid id, WindowRequest request, HttpContext http, SetFeedbackWindowHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), id, request.DueAt, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(result.Value!) : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> PostFeedbackAsync(Guid id, FeedbackRequestBody request, HttpContext http, PostFeedbackHandler handler, CancellationToken cancellationToken)
    {
        var command = new PostFeedbackCommand(id, request.Decision, (request.Ratings ?? []).Select(r => new RatingInput(r.RequirementId, r.Rating, r.Comment)).ToList(), request.Notes);
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), command, cancellationToken);
        return result.Succeeded
            ? TypedResults.Created($"/api/v1/interviews/{id}/feedback", new FeedbackPosted(result.Value, id))
            : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> GetPositionAsync(Guid id, HttpContext http, GetPositionHandler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken) is { } position
            ? TypedResults.Ok(position)
            : ApiEndpoints.Problem(Failure.NotFound("position"));

    private static async Task<IResult> RequestFeedbackAsync(Guid id, HttpContext http, RequestFeedbackHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken);
        return result.Succeeded
            ? TypedResults.Created($"/api/v1/submissions/{id}/feedback-request", new FeedbackRequestCreated(result.Value, id, FeedbackRequestStatus.Requested))
            : ApiEndpoints.Problem(result.Failure!);
    }
}
