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
        api.MapGet("/interviews/{id:guid}/feedback-window", GetWindowAsync);
        api.MapPut("/interviews/{id:guid}/feedback-window", SetWindowAsync);
        api.MapPost("/interviews/{id:guid}/feedback", PostFeedbackAsync);
        api.MapGet("/positions/{id:guid}", GetPositionAsync);
        api.MapPost("/submissions/{id:guid}/feedback-requests", RequestFeedbackAsync);
    }

    public sealed record WindowRequest(DateTimeOffset? DueAt);

    public sealed record RatingRequest(Guid RequirementId, int Rating, string? Comment);

    public sealed record FeedbackRequestBody(FeedbackDecision? Decision, IReadOnlyList<RatingRequest>? Ratings, string? Notes);

    private static async Task<IResult> GetWindowAsync(Guid id, HttpContext http, GetFeedbackWindowHandler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken) is { } window
            ? TypedResults.Ok(Describe(window))
            : ApiEndpoints.Problem(Failure.NotFound("feedback window"));

    private static async Task<IResult> SetWindowAsync(Guid id, WindowRequest request, HttpContext http, SetFeedbackWindowHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), id, request.DueAt, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(Describe(result.Value!)) : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> PostFeedbackAsync(Guid id, FeedbackRequestBody request, HttpContext http, PostFeedbackHandler handler, CancellationToken cancellationToken)
    {
        var command = new PostFeedbackCommand(id, request.Decision, (request.Ratings ?? []).Select(r => new RatingInput(r.RequirementId, r.Rating, r.Comment)).ToList(), request.Notes);
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), command, cancellationToken);
        return result.Succeeded
            ? TypedResults.Created($"/api/v1/interviews/{id}/feedback", new { Id = result.Value, InterviewId = id })
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
            ? TypedResults.Created($"/api/v1/submissions/{id}/feedback-requests/{result.Value}", new { Id = result.Value, SubmissionId = id, Status = "Requested" })
            : ApiEndpoints.Problem(result.Failure!);
    }

    private static object Describe(FeedbackWindowView window) =>
        new { window.DueAt, Status = window.Status.ToString(), Chases = window.Chases.Select(c => new { c.Step, c.SentAt }) };
}
