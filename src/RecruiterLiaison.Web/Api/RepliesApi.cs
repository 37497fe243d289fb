using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Inbox.MarkNoteRead;
using RecruiterLiaison.Application.Inbox.ReplyToNote;
using RecruiterLiaison.Application.ReviewQueue.GetReviewQueue;
using RecruiterLiaison.Application.ReviewQueue.RelayReply;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Web.Security;

namespace RecruiterLiaison.Web.Api;

/// <summary>
/// The client's side of a delivered note (read it, answer it) and the review queue in reverse:
/// a client's reply reaches the candidate only when a recruiter relays it.
/// </summary>
internal static class RepliesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/notes/{id:guid}/read", MarkReadAsync).Answers<NoteReadResponse>().Refuses(404)
            .WithDescription("The client contact the note was addressed to marks it read; marking it again changes nothing.");
        api.MapPost("/notes/{id:guid}/replies", ReplyAsync).Answers<ReplySent>(StatusCodes.Status201Created).Refuses(400, 404)
            .WithDescription("A client answers a delivered note. The answer goes to the recruiter, who relays it to the candidate or keeps it back.");
        api.MapGet("/review-queue/replies", PendingAsync).RequireAuthorization(nameof(Role.Recruiter))
            .Answers<Paged<PendingReply>>().Refuses(400, 403)
            .WithDescription("Client replies waiting for a recruiter, oldest first.");
        api.MapPost("/replies/{id:guid}/relay", RelayAsync).Answers<ReplyOutcome>().Refuses(400, 404, 409)
            .WithDescription("Pass the reply on to the candidate: as written without a body, or in the recruiter's words with one.");
        api.MapPost("/replies/{id:guid}/keep-back", KeepBackAsync).Answers<ReplyOutcome>().Refuses(400, 404, 409)
            .WithDescription("The candidate never sees this reply.");
    }

    public sealed record ReplyRequest(string? Body);

    /// <summary><c>version</c> is the reply's version as listed in the review queue.</summary>
    public sealed record RelayReplyRequest(uint? Version, string? Body = null);

    public sealed record KeepBackRequest(uint? Version);

    public sealed record NoteReadResponse(Guid Id, bool IsRead);

    public sealed record ReplySent(Guid Id, Guid NoteId, ClientReplyStatus Status);

    public sealed record ReplyOutcome(Guid Id, ClientReplyStatus Status);

    private static async Task<IResult> MarkReadAsync(Guid id, HttpContext http, MarkNoteReadHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(new NoteReadResponse(id, true)) : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> ReplyAsync(Guid id, ReplyRequest request, HttpContext http, ReplyToNoteHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), new ReplyToNoteCommand(id, request.Body ?? ""), cancellationToken);
        return result.Succeeded
            ? TypedResults.Created((string?)null, new ReplySent(result.Value, id, ClientReplyStatus.PendingReview))
            : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> PendingAsync(int? page, int? pageSize, HttpContext http, GetReviewQueueHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.PendingRepliesAsync(http.User.RequireCurrentUser(), PageRequest.From(page, pageSize), cancellationToken));

    private static Task<IResult> RelayAsync(Guid id, RelayReplyRequest request, HttpContext http, RelayReplyHandler handler, CancellationToken cancellationToken) =>
        DecideAsync(id, request.Version, relay: true, string.IsNullOrWhiteSpace(request.Body) ? null : request.Body, http, handler, cancellationToken);

    private static Task<IResult> KeepBackAsync(Guid id, KeepBackRequest request, HttpContext http, RelayReplyHandler handler, CancellationToken cancellationToken) =>
        DecideAsync(id, request.Version, relay: false, null, http, handler, cancellationToken);

    private static async Task<IResult> DecideAsync(Guid id, uint? version, bool relay, string? body, HttpContext http, RelayReplyHandler handler, CancellationToken cancellationToken)
    {
        if (version is null)
        {
            return ApiEndpoints.Problem(Failure.Field("version", "Send the reply's version as listed in the review queue."));
        }

        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), new RelayReplyCommand(id, version.Value, relay, body), cancellationToken);
        return result.Succeeded ? TypedResults.Ok(new ReplyOutcome(id, result.Value)) : ApiEndpoints.Problem(result.Failure!);
    }
}
