using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Feedback.AnswerAsClient;
using RecruiterLiaison.Application.Feedback.AnswerFeedbackRequest;
using RecruiterLiaison.Application.Feedback.AskClientForFeedback;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Web.Security;

namespace RecruiterLiaison.Web.Api;

/// <summary>
/// A candidate's request for constructive feedback after a rejection (created by
/// <c>POST /submissions/{id}/feedback-requests</c>): one per submission, so it is addressed by
/// its submission. The recruiter may pass it to the client, and always answers it in the end.
/// </summary>
internal static class FeedbackRequestsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/submissions/{id:guid}/feedback-request", GetAsync).Answers<FeedbackRequestView>().Refuses(404)
            .WithDescription("For the candidate and the agency's recruiters; only a recruiter sees the feedback on file and the client's answer.");
        api.MapPost("/submissions/{id:guid}/feedback-request/ask-client", AskClientAsync).Answers<ClientAsked>().Refuses(400, 404, 409)
            .WithDescription("The recruiter passes the request to the client contact who interviewed the candidate, due in the agency's number of working days; it is chased like a feedback window.");
        api.MapPost("/submissions/{id:guid}/feedback-request/answer", AnswerAsync).Answers<FeedbackRequestView>().Refuses(400, 404, 409)
            .WithDescription("The recruiter answers the candidate, in words the candidate will read.");
        api.MapGet("/feedback-requests", PutToMeAsync).RequireAuthorization(nameof(Role.Client))
            .Answers<Paged<ClientFeedbackRequest>>().Refuses(400, 403)
            .WithDescription("For a client contact: the feedback requests put to them, soonest due first.");
        api.MapPost("/submissions/{id:guid}/feedback-request/client-answer", ClientAnswerAsync).Answers<ClientAnswered>().Refuses(400, 404)
            .WithDescription("The client contact who was asked answers; the answer goes to the recruiter, not the candidate.");
    }

    public sealed record AnswerRequest(string? Answer);

    public sealed record ClientAsked(Guid SubmissionId, DateTimeOffset ClientDueAt);

    public sealed record ClientAnswered(Guid SubmissionId, string Answer);

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, AnswerFeedbackRequestHandler handler, CancellationToken cancellationToken) =>
        await handler.GetAsync(http.User.RequireCurrentUser(), id, cancellationToken) is { } request
            ? TypedResults.Ok(request)
            : ApiEndpoints.Problem(Failure.NotFound("request"));

    private static async Task<IResult> AskClientAsync(Guid id, HttpContext http, AskClientForFeedbackHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(new ClientAsked(id, result.Value)) : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> AnswerAsync(Guid id, AnswerRequest request, HttpContext http, AnswerFeedbackRequestHandler handler, CancellationToken cancellationToken)
    {
        var user = http.User.RequireCurrentUser();
        var result = await handler.HandleAsync(user, id, request.Answer ?? "", cancellationToken);
        if (!result.Succeeded)
        {
            return ApiEndpoints.Problem(result.Failure!);
        }

        return await handler.GetAsync(user, id, cancellationToken) is { } answered ? TypedResults.Ok(answered) : ApiEndpoints.Problem(Failure.NotFound("request"));
    }

    private static async Task<IResult> PutToMeAsync(int? page, int? pageSize, HttpContext http, AnswerAsClientHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.PendingAsync(http.User.RequireCurrentUser(), PageRequest.From(page, pageSize), cancellationToken));

    private static async Task<IResult> ClientAnswerAsync(Guid id, AnswerRequest request, HttpContext http, AnswerAsClientHandler handler, CancellationToken cancellationToken)
    {
        var answer = request.Answer ?? "";
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), id, answer, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(new ClientAnswered(id, answer.Trim())) : ApiEndpoints.Problem(result.Failure!);
    }
}
