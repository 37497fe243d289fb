using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Positions.AddRequirement;
using RecruiterLiaison.Application.Positions.ChangePositionStatus;
using RecruiterLiaison.Application.Positions.CreatePosition;
using RecruiterLiaison.Application.Positions.DropRequirement;
using RecruiterLiaison.Application.Positions.EditPosition;
using RecruiterLiaison.Application.Positions.GetPosition;
using RecruiterLiaison.Application.Positions.ListPositions;
using RecruiterLiaison.Application.Positions.MoveRequirement;
using RecruiterLiaison.Application.Positions.RewordRequirement;
using RecruiterLiaison.Domain.Positions;
using RecruiterLiaison.Web.Security;

namespace RecruiterLiaison.Web.Api;

/// <summary>
/// Positions and their requirements, for recruiters and admins. <c>GET /positions/{id}</c>
/// (also open to the candidates and contacts who may see a position) is in <see cref="FeedbackApi"/>.
/// A position's version covers its requirements: each requirement change returns the new one.
/// </summary>
internal static class PositionsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var staff = ClientsApi.StaffOnly(api);
        staff.MapGet("/positions", ListAsync).Produces<Paged<PositionListItem>>().ProducesValidationProblem();
        staff.MapPost("/positions", CreateAsync).Produces<PositionView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPut("/positions/{id:guid}", EditAsync).Produces<PositionView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/positions/{id:guid}/status", ChangeStatusAsync).Produces<PositionView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/positions/{id:guid}/requirements", AddRequirementAsync).Produces<RequirementResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPut("/requirements/{id:guid}", RewordAsync).Produces<RequirementResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/requirements/{id:guid}/move", MoveAsync).Produces<PositionView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapDelete("/requirements/{id:guid}", DropAsync).Produces<DroppedRequirementResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    public sealed record CreatePositionRequest(Guid? ClientCompanyId, string? Title, string? Location, string? Description, IReadOnlyList<string>? Requirements);

    public sealed record EditPositionRequest(uint? Version, string? Title, string? Location, string? Description);

    public sealed record StatusRequest(PositionStatus? Status, uint? Version);

    public sealed record AddRequirementRequest(string? Name, uint? Version);

    public sealed record RewordRequirementRequest(uint? Version, string? Name);

    /// <summary><c>Index</c>: the requirement's new place among the current ones, 0 first.</summary>
    public sealed record MoveRequirementRequest(int? Index, uint? Version);

    /// <summary>A requirement; <c>Version</c> is its position's version after the change.</summary>
    public sealed record RequirementResponse(Guid Id, Guid PositionId, string Name, int Ordinal, DateTimeOffset? RetiredAt, bool HasRatings, uint Version);

    /// <summary><c>Outcome</c>: <c>Retired</c> (it had ratings; it stays with the feedback that rated it) or <c>Deleted</c>.</summary>
    public sealed record DroppedRequirementResponse(Guid Id, Guid PositionId, string Name, string Outcome, bool Retired, uint Version);

    private static async Task<IResult> ListAsync(HttpContext http, ListPositionsHandler handler, Guid? clientId, string? status, string? search, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        PositionStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.TryParse<PositionStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(status, out _))
            {
                return ApiEndpoints.Problem(Failure.Field("status", "Filter by Open, OnHold, Filled or Closed."));
            }

            wanted = parsed;
        }

        var query = new ListPositionsQuery(PageRequest.From(page, pageSize), clientId, wanted, search);
        return TypedResults.Ok(await handler.HandleAsync(http.User.RequireCurrentUser(), query, cancellationToken));
    }

    private static async Task<IResult> CreateAsync(CreatePositionRequest request, HttpContext http, CreatePositionHandler handler, CancellationToken cancellationToken)
    {
        if (request.ClientCompanyId is not { } clientId || clientId == Guid.Empty)
        {
            return ApiEndpoints.Problem(Failure.Field("clientCompanyId", "Choose the client the position is at."));
        }

        var command = new CreatePositionCommand(clientId, request.Title, request.Location, request.Description, request.Requirements);
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), command, cancellationToken);
        return result.Succeeded ? TypedResults.Created($"/api/v1/positions/{result.Value!.Id}", result.Value) : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> EditAsync(Guid id, EditPositionRequest request, HttpContext http, EditPositionHandler handler, CancellationToken cancellationToken) =>
        Answer(await handler.HandleAsync(http.User.RequireCurrentUser(), new EditPositionCommand(id, request.Version ?? 0, request.Title, request.Location, request.Description), cancellationToken));

    private static async Task<IResult> ChangeStatusAsync(Guid id, StatusRequest request, HttpContext http, ChangePositionStatusHandler handler, CancellationToken cancellationToken) =>
        Answer(await handler.HandleAsync(http.User.RequireCurrentUser(), new ChangePositionStatusCommand(id, request.Status, request.Version), cancellationToken));

    private static async Task<IResult> AddRequirementAsync(Guid id, AddRequirementRequest request, HttpContext http, AddRequirementHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), new AddRequirementCommand(id, request.Name, request.Version), cancellationToken);
        return result.Succeeded ? TypedResults.Created($"/api/v1/positions/{id}", Describe(result.Value!)) : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> RewordAsync(Guid id, RewordRequirementRequest request, HttpContext http, RewordRequirementHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), new RewordRequirementCommand(id, request.Version ?? 0, request.Name), cancellationToken);
        return result.Succeeded ? TypedResults.Ok(Describe(result.Value!)) : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> MoveAsync(Guid id, MoveRequirementRequest request, HttpContext http, MoveRequirementHandler handler, CancellationToken cancellationToken) =>
        Answer(await handler.HandleAsync(http.User.RequireCurrentUser(), new MoveRequirementCommand(id, request.Index, request.Version), cancellationToken));

    private static async Task<IResult> DropAsync(Guid id, uint? version, HttpContext http, DropRequirementHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), new DropRequirementCommand(id, version), cancellationToken);
        if (!result.Succeeded)
        {
            return ApiEndpoints.Problem(result.Failure!);
        }

        var dropped = result.Value!;
        return TypedResults.Ok(new DroppedRequirementResponse(dropped.RequirementId, dropped.Position.Id, dropped.Name, dropped.Retired ? "Retired" : "Deleted", dropped.Retired, dropped.Position.Version));
    }

    private static RequirementResponse Describe(RequirementChanged changed) =>
        new(changed.Requirement.Id, changed.Position.Id, changed.Requirement.Name, changed.Requirement.Ordinal, changed.Requirement.RetiredAt, changed.Requirement.HasRatings, changed.Position.Version);

    private static IResult Answer(Result<PositionView> result) =>
        result.Succeeded ? TypedResults.Ok(result.Value) : ApiEndpoints.Problem(result.Failure!);
}
