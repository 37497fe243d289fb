using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Inbox.GetInbox;
using RecruiterLiaison.Application.Notes;
using RecruiterLiaison.Application.Notes.CheckNote;
using RecruiterLiaison.Application.Notes.GetMyNotes;
using RecruiterLiaison.Application.Notes.GetNote;
using RecruiterLiaison.Application.Notes.ReviseNote;
using RecruiterLiaison.Application.Notes.SubmitNote;
using RecruiterLiaison.Application.Notes.WithdrawNote;
using RecruiterLiaison.Application.ReviewQueue;
using RecruiterLiaison.Application.ReviewQueue.ApproveNote;
using RecruiterLiaison.Application.ReviewQueue.ClaimNote;
using RecruiterLiaison.Application.ReviewQueue.DeclineNote;
using RecruiterLiaison.Application.ReviewQueue.GetReviewQueue;
using RecruiterLiaison.Application.ReviewQueue.ReturnNote;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Web.Security;

namespace RecruiterLiaison.Web.Api;

/// <summary>Notes, the review queue and the inbox: the same handlers the pages call.</summary>
internal static class NotesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/notes", SubmitAsync).RequireRateLimiting(WebSecurity.NoteSubmissionRateLimit)
            .Answers<SubmittedNoteResponse>(StatusCodes.Status201Created).Refuses(400, 404, 409);
        api.MapGet("/notes", MineAsync).RequireAuthorization(nameof(Role.Candidate))
            .Answers<Paged<MyNote>>().Refuses(400, 403)
            .WithDescription("The candidate's own notes, newest first.");
        api.MapPost("/notes/check", CheckAsync).Answers<NoteCheckResponse>().Refuses(400, 404);
        api.MapGet("/notes/{id:guid}", GetAsync).Answers<NoteResponse>().Refuses(404)
            .WithDescription("The full note for its candidate and the agency's recruiters. A client contact gets only the delivered text, as a ClientNoteView: id, deliveredBody, deliveredAt, candidate, position.");
        api.MapPost("/notes/{id:guid}/withdraw", WithdrawAsync).Answers<NoteStatusResponse>().Refuses(404, 409);
        api.MapPost("/notes/{id:guid}/revise", ReviseAsync).RequireRateLimiting(WebSecurity.NoteSubmissionRateLimit)
            .Answers<NoteResponse>().Refuses(400, 404, 409)
            .WithDescription("The candidate resubmits a declined or returned note as a new version; it goes back into the review queue.");
        api.MapGet("/review-queue", QueueAsync).RequireAuthorization(nameof(Role.Recruiter))
            .Answers<Paged<ReviewQueueItem>>().Refuses(400, 403)
            .WithDescription("Pending notes, what needs the recruiter first on top unless `sort` says otherwise; filter by client, candidate name, kind, minimum risk, or late ones only.");
        api.MapPost("/notes/{id:guid}/claim", ClaimAsync).Answers<ReviewOutcome>().Refuses(404, 409);
        api.MapPost("/notes/{id:guid}/approve", ApproveAsync).Answers<ReviewOutcome>().Refuses(400, 404, 409);
        api.MapPost("/notes/{id:guid}/decline", DeclineAsync).Answers<ReviewOutcome>().Refuses(400, 404, 409);
        api.MapPost("/notes/{id:guid}/return", ReturnAsync).Answers<ReviewOutcome>().Refuses(400, 404, 409);
        api.MapGet("/inbox", InboxAsync).RequireAuthorization(nameof(Role.Client))
            .Answers<Paged<InboxItem>>().Refuses(400, 403)
            .WithDescription("Notes delivered to the client contact or to a colleague on the same interview, newest first: delivered text only.");
    }

    public sealed record SubmitNoteRequest(Guid SubmissionId, Guid InterviewId, Guid RecipientContactId, NoteKind? Kind, string? Body);

    public sealed record CheckNoteRequest(string? Body, NoteKind? Kind, Guid? InterviewId, Guid? RecipientContactId);

    public sealed record ReviseNoteRequest(string? Body);

    public sealed record ApproveRequest(uint Version, string? Body);

    public sealed record DeclineRequest(uint Version, DeclineReason? Reason, string? Message);

    public sealed record ReturnRequest(uint Version, string? Message);

    /// <summary>A note just submitted: <c>version</c> is the concurrency version a review action sends back.</summary>
    public sealed record SubmittedNoteResponse(Guid Id, NoteStatus Status, uint Version, int VersionNumber, IReadOnlyList<FindingJson> Findings);

    public sealed record NoteCheckResponse(IReadOnlyList<FindingJson> Findings, int Risk);

    public sealed record NoteStatusResponse(Guid Id, NoteStatus Status);

    /// <summary>
    /// A note for its candidate or a recruiter. <c>version</c> is the concurrency version a review
    /// action sends back; <c>versionNumber</c> counts the candidate's revisions.
    /// </summary>
    public sealed record NoteResponse(
        Guid Id, Guid SubmissionId, Guid InterviewId, Guid RecipientContactId, NoteStatus Status, NoteKind Kind, string Body, string? DeliveredBody,
        IReadOnlyList<DiffSegment>? Diff, DeclineReason? DeclineReason, string? ReviewMessage, uint Version, int VersionNumber,
        IReadOnlyList<FindingJson> Findings, IReadOnlyList<HistoryEntry> History, IReadOnlyList<RelayedReply> Replies)
    {
        public static NoteResponse From(NoteDetail note) => new(
            note.Id, note.SubmissionId, note.InterviewId, note.RecipientContactId, note.Status, note.Kind, note.Body, note.DeliveredBody,
            note.Diff, note.DeclineReason, note.ReviewMessage, note.ConcurrencyVersion, note.Version,
            note.Findings.Select(FindingJson.From).ToList(), note.History, note.Replies);
    }

    public sealed record QueueRecipient(string Name, string Title, Seniority Seniority);

    public sealed record QueueInterview(Guid InterviewId, int InterviewRound, DateTimeOffset InterviewAt);

    /// <summary>A pending note in the queue; <c>debrief</c> is the API address of the candidate's debrief when there is one.</summary>
    public sealed record ReviewQueueItem(
        Guid Id, uint Version, Guid SubmissionId, string Candidate, string Client, QueueRecipient Recipient, QueueInterview Interview, NoteKind Kind, string Body,
        DateTimeOffset SubmittedAt, double AgeWorkingHours, bool IsLate, int Risk, int NotesToClientLast7Days, string? ClaimedBy, DateTimeOffset? ClaimExpiresAt,
        IReadOnlyList<FindingJson> Findings, string? Debrief)
    {
        public static ReviewQueueItem From(QueueItem n) => new(
            n.Id, n.Version, n.SubmissionId, n.Candidate, n.Client, new QueueRecipient(n.Recipient, n.RecipientTitle, n.RecipientSeniority),
            new QueueInterview(n.InterviewId, n.InterviewRound, n.InterviewAt), n.Kind, n.Body, n.SubmittedAt, n.AgeWorkingHours, n.IsLate, n.Risk,
            n.NotesToClientLast7Days, n.ClaimedBy, n.ClaimExpiresAt, n.Findings.Select(FindingJson.From).ToList(),
            n.HasDebrief ? $"/api/v1/interviews/{n.InterviewId}/debrief" : null);
    }

    private static async Task<IResult> SubmitAsync(SubmitNoteRequest request, HttpContext http, SubmitNoteHandler handler, CancellationToken cancellationToken)
    {
        if (request.Kind is null)
        {
            return ApiEndpoints.Problem(Failure.Field("kind", "Choose what kind of note this is: ThankYou, FollowUp, Question, AdditionalPoint, Withdrawal or Other."));
        }

        var user = http.User.RequireCurrentUser();
        var result = await handler.HandleAsync(user, new SubmitNoteCommand(request.SubmissionId, request.InterviewId, request.RecipientContactId, request.Kind.Value, request.Body ?? ""), cancellationToken);
        if (!result.Succeeded)
        {
            return ApiEndpoints.Problem(result.Failure!);
        }

        var created = result.Value!;
        return TypedResults.Created($"/api/v1/notes/{created.Id}",
            new SubmittedNoteResponse(created.Id, created.Status, created.ConcurrencyVersion, created.Version, created.Findings.Select(FindingJson.From).ToList()));
    }

    private static async Task<IResult> MineAsync(int? page, int? pageSize, HttpContext http, GetMyNotesHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(http.User.RequireCurrentUser(), PageRequest.From(page, pageSize), cancellationToken));

    private static async Task<IResult> CheckAsync(CheckNoteRequest request, HttpContext http, CheckNoteHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), new CheckNoteQuery(request.Body ?? "", request.Kind ?? NoteKind.Other, null, request.InterviewId, request.RecipientContactId), cancellationToken);
        return result.Succeeded
            ? TypedResults.Ok(new NoteCheckResponse(result.Value!.Findings.Select(FindingJson.From).ToList(), result.Value.Risk))
            : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, GetNoteHandler handler, CancellationToken cancellationToken)
    {
        var user = http.User.RequireCurrentUser();
        if (user.Is(Role.Client))
        {
            var view = await handler.HandleForClientAsync(user, id, cancellationToken);
            return view is null ? NotFound("note") : TypedResults.Ok(view);
        }

        var note = await handler.HandleAsync(user, id, cancellationToken);
        return note is null ? NotFound("note") : TypedResults.Ok(NoteResponse.From(note));
    }

    private static async Task<IResult> WithdrawAsync(Guid id, HttpContext http, WithdrawNoteHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(new NoteStatusResponse(id, result.Value)) : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> ReviseAsync(Guid id, ReviseNoteRequest request, HttpContext http, ReviseNoteHandler handler, GetNoteHandler notes, CancellationToken cancellationToken)
    {
        var user = http.User.RequireCurrentUser();
        var result = await handler.HandleAsync(user, new ReviseNoteCommand(id, request.Body ?? ""), cancellationToken);
        if (!result.Succeeded)
        {
            return ApiEndpoints.Problem(result.Failure!);
        }

        return await notes.HandleAsync(user, id, cancellationToken) is { } note ? TypedResults.Ok(NoteResponse.From(note)) : NotFound("note");
    }

    private static async Task<IResult> QueueAsync(
        int? page, int? pageSize, Guid? clientId, string? candidate, NoteKind? kind, int? minimumRisk, bool? overdueOnly, QueueSort? sort, bool? descending,
        HttpContext http, GetReviewQueueHandler handler, CancellationToken cancellationToken)
    {
        var paging = PageRequest.From(page, pageSize);
        var query = new ReviewQueueQuery(paging.Page - 1, paging.PageSize, sort, descending ?? false, clientId, candidate, kind, minimumRisk, overdueOnly ?? false);
        var queue = await handler.HandleAsync(http.User.RequireCurrentUser(), query, cancellationToken);
        return TypedResults.Ok(new Paged<ReviewQueueItem>(queue.Items.Select(ReviewQueueItem.From).ToList(), paging.Page, paging.PageSize, queue.Total));
    }

    private static async Task<IResult> ClaimAsync(Guid id, HttpContext http, ClaimNoteHandler handler, CancellationToken cancellationToken) =>
        Outcome(await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken));

    private static async Task<IResult> ApproveAsync(Guid id, ApproveRequest request, HttpContext http, ApproveNoteHandler handler, CancellationToken cancellationToken) =>
        Outcome(await handler.HandleAsync(http.User.RequireCurrentUser(), new ApproveNoteCommand(id, request.Version, request.Body), cancellationToken));

    private static async Task<IResult> DeclineAsync(Guid id, DeclineRequest request, HttpContext http, DeclineNoteHandler handler, CancellationToken cancellationToken) =>
        Outcome(await handler.HandleAsync(http.User.RequireCurrentUser(), new DeclineNoteCommand(id, request.Version, request.Reason, request.Message ?? ""), cancellationToken));

    private static async Task<IResult> ReturnAsync(Guid id, ReturnRequest request, HttpContext http, ReturnNoteHandler handler, CancellationToken cancellationToken) =>
        Outcome(await handler.HandleAsync(http.User.RequireCurrentUser(), new ReturnNoteCommand(id, request.Version, request.Message ?? ""), cancellationToken));

    private static async Task<IResult> InboxAsync(int? page, int? pageSize, HttpContext http, GetInboxHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(http.User.RequireCurrentUser(), PageRequest.From(page, pageSize), cancellationToken));

    /// <summary>A review action's outcome; a conflict carries where the note now stands as <c>current</c>.</summary>
    private static IResult Outcome(Result<ReviewOutcome> result) =>
        result.Succeeded
            ? TypedResults.Ok(result.Value!)
            : result.Failure is { Kind: FailureKind.Conflict, Current: ReviewOutcome current }
                ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: result.Failure.Message, extensions: new Dictionary<string, object?> { ["current"] = current })
                : ApiEndpoints.Problem(result.Failure!);

    private static IResult NotFound(string what) => ApiEndpoints.Problem(Failure.NotFound(what));
}

/// <summary>A finding as the API and the CLI print it.</summary>
public sealed record FindingJson(string Rule, string Severity, int Start, int Length, string Message, string? Suggestion)
{
    public static FindingJson From(Finding finding) => new(finding.Rule, finding.Severity.ToString(), finding.Start, finding.Length, finding.Message, finding.Suggestion);
}
