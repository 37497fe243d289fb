using Microsoft.AspNetCore.Authorization;
using RecruiterLiaison.Application.Candidates.CreateCandidate;
using RecruiterLiaison.Application.Candidates.EditCandidate;
using RecruiterLiaison.Application.Candidates.GetCandidate;
using RecruiterLiaison.Application.Candidates.ListCandidates;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Web.Security;

namespace RecruiterLiaison.Web.Api;

/// <summary>The agency's candidates, for recruiters and admins: the same handlers the workspace pages call.</summary>
internal static class CandidatesApi
{
    /// <summary>Who keeps candidates and submissions; every other role gets 403 (audited).</summary>
    public static readonly AuthorizeAttribute Workspace = new() { Roles = "Recruiter,AgencyAdmin" };

    public static void Map(RouteGroupBuilder api)
    {
        var candidates = api.MapGroup("/candidates").RequireAuthorization(Workspace);
        candidates.MapGet("", ListAsync).Produces<Paged<CandidateRow>>().ProducesValidationProblem();
        candidates.MapPost("", CreateAsync).Produces<CandidateDetail>(StatusCodes.Status201Created).ProducesValidationProblem();
        candidates.MapGet("/{id:guid}", GetAsync).Produces<CandidateDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        candidates.MapPut("/{id:guid}", EditAsync).Produces<CandidateDetail>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    public sealed record CandidateRequest(string? Name, string? Email, string? Phone, string? Location, string? Profile);

    /// <param name="Version">The <c>version</c> of the candidate as read.</param>
    public sealed record EditCandidateRequest(uint? Version, string? Name, string? Email, string? Phone, string? Location, string? Profile);

    /// <param name="sort">Name (the default), Email, Location or ActiveSubmissions.</param>
    private static async Task<IResult> ListAsync(string? search, int? page, int? pageSize, string? sort, bool? descending, HttpContext http, ListCandidatesHandler handler, CancellationToken cancellationToken)
    {
        var order = CandidateSort.Name;
        if (!string.IsNullOrWhiteSpace(sort) && (!Enum.TryParse(sort, ignoreCase: true, out order) || !Enum.IsDefined(order)))
        {
            return ApiEndpoints.Problem(Failure.Field("sort", $"Sort by {string.Join(", ", Enum.GetNames<CandidateSort>())}."));
        }

        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), new ListCandidatesQuery(search, PageRequest.From(page, pageSize), order, descending ?? false), cancellationToken);
        return result.Succeeded ? TypedResults.Ok(result.Value) : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> CreateAsync(CandidateRequest request, HttpContext http, CreateCandidateHandler handler, GetCandidateHandler candidates, CancellationToken cancellationToken)
    {
        var user = http.User.RequireCurrentUser();
        var result = await handler.HandleAsync(user, new CreateCandidateCommand(request.Name, request.Email, request.Phone, request.Location, request.Profile), cancellationToken);
        if (!result.Succeeded)
        {
            return ApiEndpoints.Problem(result.Failure!);
        }

        var created = await candidates.HandleAsync(user, result.Value, cancellationToken);
        return TypedResults.Created($"/api/v1/candidates/{result.Value}", created.Value);
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, GetCandidateHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(result.Value) : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> EditAsync(Guid id, EditCandidateRequest request, HttpContext http, EditCandidateHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), new EditCandidateCommand(id, request.Version ?? 0, request.Name, request.Email, request.Phone, request.Location, request.Profile), cancellationToken);
        return result.Succeeded ? TypedResults.Ok(result.Value) : ApiEndpoints.Problem(result.Failure!);
    }
}
