using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Feedback.GetClientFeedbackForm;
using RecruiterLiaison.Application.Feedback.GetFeedbackForRecruiter;
using RecruiterLiaison.Application.Feedback.RelayFeedbackSummary;
using RecruiterLiaison.Application.Feedback.SetFeedbackWindow;
using RecruiterLiaison.Application.Interviews.ScheduleInterview;
using RecruiterLiaison.Domain.Interviews;
using RecruiterLiaison.Web.Security;

namespace RecruiterLiaison.Web.Api;

/// <summary>Booking interview rounds, and the feedback on them: the client's form, the recruiter's view and relay.</summary>
internal static class InterviewsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/submissions/{id:guid}/interviews", ScheduleAsync).Answers<InterviewBooked>(StatusCodes.Status201Created).Refuses(400, 404)
            .WithDescription("The recruiter books the next round with the client's interviewers; its feedback window opens at once, due the agency's number of working days after it ends.");
        api.MapGet("/interviews/{id:guid}/feedback", FeedbackAsync).Answers<RecruiterFeedbackView>().Refuses(404)
            .WithDescription("The recruiter's view of an interview's feedback: the window and its chases, the client's ratings, and a suggested summary for the candidate.");
        api.MapGet("/interviews/{id:guid}/feedback-form", FormAsync).Answers<ClientFeedbackForm>().Refuses(404)
            .WithDescription("What an interviewer rates: the position's current requirements, and whether feedback was already posted.");
        api.MapPost("/interviews/{id:guid}/feedback/relay", RelayAsync).Answers<FeedbackRelayed>().Refuses(400, 404)
            .WithDescription("The recruiter's words reach the candidate; the raw ratings never do.");
    }

    public sealed record ScheduleInterviewRequest(DateTimeOffset? ScheduledAt, int? DurationMinutes, InterviewFormat? Format, IReadOnlyList<Guid>? InterviewerContactIds);

    public sealed record RelayFeedbackRequest(string? Summary);

    public sealed record InterviewBooked(Guid Id, Guid SubmissionId, FeedbackWindowView? FeedbackWindow);

    public sealed record FeedbackRelayed(Guid InterviewId, string Summary);

    private static async Task<IResult> ScheduleAsync(
        Guid id, ScheduleInterviewRequest request, HttpContext http, ScheduleInterviewHandler handler, GetFeedbackWindowHandler windows, CancellationToken cancellationToken)
    {
        var user = http.User.RequireCurrentUser();
        var command = new ScheduleInterviewCommand(id, request.ScheduledAt, request.DurationMinutes ?? 0, request.Format, request.InterviewerContactIds ?? []);
        var result = await handler.HandleAsync(user, command, cancellationToken);
        if (!result.Succeeded)
        {
            return ApiEndpoints.Problem(result.Failure!);
        }

        var window = await windows.HandleAsync(user, result.Value, cancellationToken);
        return TypedResults.Created($"/api/v1/interviews/{result.Value}/feedback", new InterviewBooked(result.Value, id, window));
    }

    private static async Task<IResult> FeedbackAsync(Guid id, HttpContext http, GetFeedbackForRecruiterHandler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : ApiEndpoints.Problem(Failure.NotFound("interview"));

    private static async Task<IResult> FormAsync(Guid id, HttpContext http, GetClientFeedbackFormHandler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken) is { } form
            ? TypedResults.Ok(form)
            : ApiEndpoints.Problem(Failure.NotFound("interview"));

    private static async Task<IResult> RelayAsync(Guid id, RelayFeedbackRequest request, HttpContext http, RelayFeedbackSummaryHandler handler, CancellationToken cancellationToken)
    {
        var summary = request.Summary ?? "";
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), new RelayFeedbackSummaryCommand(id, summary), cancellationToken);
        return result.Succeeded ? TypedResults.Ok(new FeedbackRelayed(id, summary.Trim())) : ApiEndpoints.Problem(result.Failure!);
    }
}
