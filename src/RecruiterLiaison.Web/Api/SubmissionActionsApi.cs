using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Notes.GetDraftOptions;
using RecruiterLiaison.Application.ReviewQueue.GetSubmissionAudit;
using RecruiterLiaison.Application.Submissions.ConfirmRemoval;
using RecruiterLiaison.Application.Submissions.RequestRemoval;
using RecruiterLiaison.Application.Submissions.WithdrawFromSubmission;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.Web.Security;

namespace RecruiterLiaison.Web.Api;

/// <summary>
/// What the candidate, the client and the recruiter do to a submission outside the review queue:
/// withdrawal, removal at the client's request, the note-drafting options and the audit trail.
/// (Listing, creating and moving submissions by hand live in SubmissionsApi.)
/// </summary>
internal static class SubmissionActionsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/submissions/{id:guid}/draft-options", DraftOptionsAsync).Answers<DraftOptions>().Refuses(404)
            .WithDescription("For the candidate: the interviews and interviewers a note on this submission can go to.");
        api.MapPost("/submissions/{id:guid}/withdraw", WithdrawAsync).Answers<WithdrawalResponse>().Refuses(400, 404, 409)
            .WithDescription("The candidate withdraws, optionally leaving a note for the client that goes through the review queue like any other.");
        api.MapPost("/submissions/{id:guid}/removal-request", RequestRemovalAsync).Answers<RemovalRequested>().Refuses(400, 404)
            .WithDescription("A client contact asks the agency to remove the candidate from consideration, with a reason; a recruiter confirms it.");
        api.MapGet("/removal-requests", PendingRemovalsAsync).RequireAuthorization(nameof(Role.Recruiter))
            .Answers<Paged<RemovalRequest>>().Refuses(400, 403)
            .WithDescription("Clients' removal requests waiting for a recruiter, oldest first.");
        api.MapPost("/submissions/{id:guid}/removal-request/confirm", ConfirmRemovalAsync).Answers<RemovalConfirmed>().Refuses(400, 404, 409)
            .WithDescription("The recruiter confirms the client's request and tells the candidate in the recruiter's own words (`message`).");
        api.MapGet("/submissions/{id:guid}/audit", AuditAsync).Answers<SubmissionAudit>().Refuses(404)
            .WithDescription("For the agency's recruiters: every action on the submission's notes and replies, with who and when.");
    }

    public sealed record WithdrawalNoteRequest(Guid? InterviewId, Guid? RecipientContactId, string? Body);

    /// <summary>The body is optional; a note with text goes to the review queue before the withdrawal.</summary>
    public sealed record WithdrawRequest(WithdrawalNoteRequest? Note = null);

    public sealed record RemovalRequestBody(string? Reason);

    public sealed record ConfirmRemovalRequest(string? Message);

    public sealed record WithdrawalResponse(Guid SubmissionId, SubmissionStage Stage, Guid? NoteId);

    public sealed record RemovalRequested(Guid SubmissionId, string Reason);

    public sealed record RemovalConfirmed(Guid SubmissionId, SubmissionStage Stage);

    private static async Task<IResult> DraftOptionsAsync(Guid id, HttpContext http, GetDraftOptionsHandler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken) is { } options
            ? TypedResults.Ok(options)
            : ApiEndpoints.Problem(Failure.NotFound("submission"));

    private static async Task<IResult> WithdrawAsync(Guid id, WithdrawRequest? request, HttpContext http, WithdrawFromSubmissionHandler handler, CancellationToken cancellationToken)
    {
        var note = request?.Note is { } n ? new WithdrawalNote(n.InterviewId ?? Guid.Empty, n.RecipientContactId ?? Guid.Empty, n.Body ?? "") : null;
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), new WithdrawFromSubmissionCommand(id, note), cancellationToken);
        return result.Succeeded ? TypedResults.Ok(new WithdrawalResponse(id, SubmissionStage.Withdrawn, result.Value)) : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> RequestRemovalAsync(Guid id, RemovalRequestBody request, HttpContext http, RequestRemovalHandler handler, CancellationToken cancellationToken)
    {
        var reason = request.Reason ?? "";
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), id, reason, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(new RemovalRequested(id, reason.Trim())) : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> PendingRemovalsAsync(int? page, int? pageSize, HttpContext http, ConfirmRemovalHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.PendingAsync(http.User.RequireCurrentUser(), PageRequest.From(page, pageSize), cancellationToken));

    private static async Task<IResult> ConfirmRemovalAsync(Guid id, ConfirmRemovalRequest request, HttpContext http, ConfirmRemovalHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), id, request.Message ?? "", cancellationToken);
        return result.Succeeded ? TypedResults.Ok(new RemovalConfirmed(id, SubmissionStage.RemovedFromConsideration)) : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> AuditAsync(Guid id, HttpContext http, GetSubmissionAuditHandler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken) is { } audit
            ? TypedResults.Ok(audit)
            : ApiEndpoints.Problem(Failure.NotFound("submission"));
}
