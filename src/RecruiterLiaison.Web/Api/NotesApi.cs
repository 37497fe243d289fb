using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Inbox.GetInbox;
using RecruiterLiaison.Application.Notes;
using RecruiterLiaison.Application.Notes.CheckNote;
using RecruiterLiaison.Application.Notes.GetNote;
using RecruiterLiaison.Application.Notes.SubmitNote;
using RecruiterLiaison.Application.Notes.WithdrawNote;
using RecruiterLiaison.Application.ReviewQueue;
using RecruiterLiaison.Application.ReviewQueue.ApproveNote;
using RecruiterLiaison.Application.ReviewQueue.ClaimNote;
using RecruiterLiaison.Application.ReviewQueue.DeclineNote;
using RecruiterLiaison.Application.ReviewQueue.GetReviewQueue;
using RecruiterLiaison.Application.ReviewQueue.ReturnNote;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Web.Security;

namespace RecruiterLiaison.Web.Api;

/// <summary>Notes, the review queue and the inbox: the same handlers the pages call.</summary>
internal static class NotesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/notes", SubmitAsync).RequireRateLimiting(WebSecurity.NoteSubmissionRateLimit);
        api.MapPost("/notes/check", CheckAsync);
        api.MapGet("/notes/{id:guid}", GetAsync);
        api.MapPost("/notes/{id:guid}/withdraw", WithdrawAsync);
        api.MapGet("/review-queue", QueueAsync).RequireAuthorization(nameof(Role.Recruiter));
        api.MapPost("/notes/{id:guid}/claim", ClaimAsync);
        api.MapPost("/notes/{id:guid}/approve", ApproveAsync);
        api.MapPost("/notes/{id:guid}/decline", DeclineAsync);
        api.MapPost("/notes/{id:guid}/return", ReturnAsync);
        api.MapGet("/inbox", InboxAsync).RequireAuthorization(nameof(Role.Client));
    }

    public sealed record SubmitNoteRequest(Guid SubmissionId, Guid InterviewId, Guid RecipientContactId, NoteKind? Kind, string? Body);

    public sealed record CheckNoteRequest(string? Body, NoteKind? Kind, Guid? InterviewId, Guid? RecipientContactId);

    public sealed record ApproveRequest(uint Version, string? Body);

    public sealed record DeclineRequest(uint Version, DeclineReason? Reason, string? Message);

    public sealed record ReturnRequest(uint Version, string? Message);

    private static async Task<IResult> SubmitAsync(SubmitNoteRequest request, HttpContext http, SubmitNoteHandler handler, GetNoteHandler notes, CancellationToken cancellationToken)
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
        var detail = await notes.HandleAsync(user, created.Id, cancellationToken);
        return TypedResults.Created($"/api/v1/notes/{created.Id}", new { created.Id, Status = created.Status.ToString(), Version = detail!.ConcurrencyVersion, VersionNumber = created.Version, Findings = created.Findings.Select(FindingJson.From) });
    }

    private static async Task<IResult> CheckAsync(CheckNoteRequest request, HttpContext http, CheckNoteHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), new CheckNoteQuery(request.Body ?? "", request.Kind ?? NoteKind.Other, null, request.InterviewId, request.RecipientContactId), cancellationToken);
        return result.Succeeded
            ? TypedResults.Ok(new { Findings = result.Value!.Findings.Select(FindingJson.From), result.Value.Risk })
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
        return note is null ? NotFound("note") : TypedResults.Ok(new
        {
            note.Id,
            Status = note.Status.ToString(),
            Kind = note.Kind.ToString(),
            note.Body,
            note.DeliveredBody,
            Diff = note.Diff?.Select(d => new { Kind = d.Kind.ToString(), d.Text }),
            DeclineReason = note.DeclineReason?.ToString(),
            note.ReviewMessage,
            Version = note.ConcurrencyVersion,
            VersionNumber = note.Version,
            Findings = note.Findings.Select(FindingJson.From),
            History = note.History.Select(h => new { Action = h.Action.ToString(), h.By, h.At, h.Version, Reason = h.Reason?.ToString(), h.Message }),
        });
    }

    private static async Task<IResult> WithdrawAsync(Guid id, HttpContext http, WithdrawNoteHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(new { Id = id, Status = result.Value.ToString() }) : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> QueueAsync(HttpContext http, GetReviewQueueHandler handler, CancellationToken cancellationToken)
    {
        var queue = await handler.HandleAsync(http.User.RequireCurrentUser(), cancellationToken);
        return TypedResults.Ok(queue.Notes.Select(n => new
        {
            n.Id,
            n.Version,
            n.Candidate,
            n.Client,
            Recipient = new { Name = n.Recipient, Title = n.RecipientTitle, Seniority = n.RecipientSeniority.ToString() },
            Interview = new { n.InterviewId, n.InterviewRound, n.InterviewAt },
            Kind = n.Kind.ToString(),
            n.Body,
            n.SubmittedAt,
            n.AgeWorkingHours,
            n.IsLate,
            n.Risk,
            n.NotesToClientLast7Days,
            n.ClaimedBy,
            n.ClaimExpiresAt,
            Findings = n.Findings.Select(FindingJson.From),
            Debrief = n.HasDebrief ? $"/recruiter/interviews/{n.InterviewId}/debrief" : null,
        }));
    }

    private static async Task<IResult> ClaimAsync(Guid id, HttpContext http, ClaimNoteHandler handler, CancellationToken cancellationToken) =>
        Outcome(await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken));

    private static async Task<IResult> ApproveAsync(Guid id, ApproveRequest request, HttpContext http, ApproveNoteHandler handler, CancellationToken cancellationToken) =>
        Outcome(await handler.HandleAsync(http.User.RequireCurrentUser(), new ApproveNoteCommand(id, request.Version, request.Body), cancellationToken));

    private static async Task<IResult> DeclineAsync(Guid id, DeclineRequest request, HttpContext http, DeclineNoteHandler handler, CancellationToken cancellationToken) =>
        Outcome(await handler.HandleAsync(http.User.RequireCurrentUser(), new DeclineNoteCommand(id, request.Version, request.Reason, request.Message ?? ""), cancellationToken));

    private static async Task<IResult> ReturnAsync(Guid id, ReturnRequest request, HttpContext http, ReturnNoteHandler handler, CancellationToken cancellationToken) =>
        Outcome(await handler.HandleAsync(http.User.RequireCurrentUser(), new ReturnNoteCommand(id, request.Version, request.Message ?? ""), cancellationToken));

    private static async Task<IResult> InboxAsync(HttpContext http, GetInboxHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(http.User.RequireCurrentUser(), cancellationToken));

    private static IResult Outcome(Result<ReviewOutcome> result) =>
        result.Succeeded
            ? TypedResults.Ok(Describe(result.Value!))
            : result.Failure is { Kind: FailureKind.Conflict, Current: ReviewOutcome current }
                ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: result.Failure.Message, extensions: new Dictionary<string, object?> { ["current"] = Describe(current) })
                : ApiEndpoints.Problem(result.Failure!);

    private static object Describe(ReviewOutcome outcome) => new { outcome.Id, Status = outcome.Status.ToString(), outcome.Version, outcome.HandledBy, outcome.DeliveredBody };

    private static IResult NotFound(string what) => ApiEndpoints.Problem(Failure.NotFound(what));
}

/// <summary>A finding as the API and the CLI print it.</summary>
public sealed record FindingJson(string Rule, string Severity, int Start, int Length, string Message, string? Suggestion)
{
    public static FindingJson From(Finding finding) => new(finding.Rule, finding.Severity.ToString(), finding.Start, finding.Length, finding.Message, finding.Suggestion);
}
