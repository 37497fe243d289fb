using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Submissions.GetMySubmissions;
using RecruiterLiaison.Application.Submissions.GetSubmission;
using RecruiterLiaison.Application.Submissions.MoveStage;
using RecruiterLiaison.Application.Submissions.PutForward;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.Web.Security;

namespace RecruiterLiaison.Web.Api;

/// <summary>Submissions: every role's own list; putting forward, reading one and moving its stage for recruiters and admins.</summary>
internal static class SubmissionsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/submissions", ListAsync).Produces<Paged<SubmissionItem>>().ProducesValidationProblem();
        api.MapPost("/submissions", PutForwardAsync).RequireAuthorization(CandidatesApi.Workspace)
            .Produces<SubmissionDetail>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/submissions/{id:guid}", GetAsync).RequireAuthorization(CandidatesApi.Workspace)
            .Produces<SubmissionDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/submissions/{id:guid}/stage", MoveStageAsync).RequireAuthorization(CandidatesApi.Workspace)
            .Produces<SubmissionDetail>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    public sealed record SubmissionItem(
        Guid Id, Guid CandidateId, string Candidate, Guid PositionId, string Position, Guid ClientId, string Client,
        SubmissionStage Stage, string? StageReason, IReadOnlyList<SubmissionInterviewItem> Interviews);

    public sealed record SubmissionInterviewItem(Guid Id, int Round, DateTimeOffset ScheduledAt, IReadOnlyList<InterviewerItem> Interviewers);

    public sealed record InterviewerItem(Guid ContactId, string Name, string Title, string Seniority);

    public sealed record PutForwardRequest(Guid? CandidateId, Guid? PositionId, string? Pitch);

    /// <param name="Stage">Offer, Placed, Rejected, Withdrawn or RemovedFromConsideration.</param>
    /// <param name="Version">The <c>version</c> of the submission as read.</param>
    public sealed record MoveStageRequest(string? Stage, string? Reason, uint? Version);

    private static async Task<IResult> ListAsync(Guid? candidateId, Guid? positionId, string? stage, int? page, int? pageSize, HttpContext context, GetMySubmissionsHandler handler, CancellationToken cancellationToken)
    {
        SubmissionStage? wanted = null;
        if (!string.IsNullOrWhiteSpace(stage))
        {
            if (!Enum.TryParse<SubmissionStage>(stage, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return ApiEndpoints.Problem(Failure.Field("stage", $"A stage is one of {string.Join(", ", Enum.GetNames<SubmissionStage>())}."));
            }

            wanted = parsed;
        }

        var submissions = await handler.HandleAsync(context.User.RequireCurrentUser(), new SubmissionsFilter(candidateId, positionId, wanted), PageRequest.From(page, pageSize), cancellationToken);
        return TypedResults.Ok(new Paged<SubmissionItem>(
            submissions.Items.Select(s => new SubmissionItem(s.Id, s.CandidateId, s.Candidate, s.PositionId, s.Position, s.ClientId, s.Client, s.Stage, s.StageReason,
                s.Interviews.Select(i => new SubmissionInterviewItem(i.Id, i.Round, i.ScheduledAt, i.Interviewers.Select(v => new InterviewerItem(v.ContactId, v.Name, v.Title, v.Seniority)).ToList())).ToList())).ToList(),
            submissions.Page, submissions.PageSize, submissions.Total));
    }

    private static async Task<IResult> PutForwardAsync(PutForwardRequest request, HttpContext http, PutForwardHandler handler, GetSubmissionHandler submissions, CancellationToken cancellationToken)
    {
        var user = http.User.RequireCurrentUser();
        var result = await handler.HandleAsync(user, new PutForwardCommand(request.CandidateId, request.PositionId, request.Pitch), cancellationToken);
        if (!result.Succeeded)
        {
            return ApiEndpoints.Problem(result.Failure!);
        }

        var created = await submissions.HandleAsync(user, result.Value, cancellationToken);
        return TypedResults.Created($"/api/v1/submissions/{result.Value}", created.Value);
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, GetSubmissionHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(result.Value) : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> MoveStageAsync(Guid id, MoveStageRequest request, HttpContext http, MoveStageHandler handler, CancellationToken cancellationToken)
    {
        // A stage that is not one is the handler's field error, after it has checked the submission is the caller's.
        SubmissionStage? stage = string.IsNullOrWhiteSpace(request.Stage) ? null
            : Enum.TryParse<SubmissionStage>(request.Stage, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
            : (SubmissionStage)(-1);

        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), new MoveStageCommand(id, request.Version ?? 0, stage, request.Reason), cancellationToken);
        return result.Succeeded ? TypedResults.Ok(result.Value) : ApiEndpoints.Problem(result.Failure!);
    }
}
