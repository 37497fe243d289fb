using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.People;
using RecruiterLiaison.Application.People.ChangePersonRole;
using RecruiterLiaison.Application.People.DeactivatePerson;
using RecruiterLiaison.Application.People.GetInvitations;
using RecruiterLiaison.Application.People.GetPeople;
using RecruiterLiaison.Application.People.InvitePerson;
using RecruiterLiaison.Application.People.ReactivatePerson;
using RecruiterLiaison.Application.People.ResendInvitation;
using RecruiterLiaison.Application.People.RevokeInvitation;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.People;
using RecruiterLiaison.Web.Security;

namespace RecruiterLiaison.Web.Api;

/// <summary>
/// Invitations (recruiters and admins) and people (admins). Accepting an invitation is only
/// through its page: the person has no token before they have an account.
/// </summary>
internal static class PeopleApi
{
    public static void Map(RouteGroupBuilder api)
    {
        // Handlers answer IResult (a value or a problem); the metadata names the schemas in the OpenAPI document.
        var staff = api.MapGroup("").RequireAuthorization(policy => policy.RequireRole(nameof(Role.Recruiter), nameof(Role.AgencyAdmin)));
        staff.MapGet("/invitations", InvitationsAsync).Produces<Paged<InvitationRow>>().ProducesProblem(StatusCodes.Status403Forbidden);
        staff.MapPost("/invitations", InviteAsync).Produces<InvitationRow>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPost("/invitations/{id:guid}/resend", ResendAsync).Produces<InvitationRow>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPost("/invitations/{id:guid}/revoke", RevokeAsync).Produces<InvitationRow>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        var admins = api.MapGroup("").RequireAuthorization(nameof(Role.AgencyAdmin));
        admins.MapGet("/people", PeopleAsync).Produces<Paged<PersonRow>>();
        admins.MapPost("/people/{id:guid}/role", ChangeRoleAsync).Produces<PersonRow>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        admins.MapPost("/people/{id:guid}/deactivate", DeactivateAsync).Produces<PersonRow>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        admins.MapPost("/people/{id:guid}/reactivate", ReactivateAsync).Produces<PersonRow>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>Staff (Recruiter, AgencyAdmin) with email and displayName; Client with clientContactId; Candidate with candidateId.</summary>
    public sealed record InviteRequest(Role? Role, string? Email, string? DisplayName, Guid? ClientContactId, Guid? CandidateId);

    public sealed record ChangeRoleRequest(Role? Role);

    private static async Task<IResult> InvitationsAsync(HttpContext http, GetInvitationsHandler handler, int? page, int? pageSize, InvitationState? state, string? search, InvitationSort? sort, bool? descending, CancellationToken cancellationToken)
    {
        var paging = PageRequest.From(page, pageSize);
        return Outcome(await handler.HandleAsync(http.User.RequireCurrentUser(), new InvitationsQuery(paging.Page, paging.PageSize, state, search, sort, descending ?? false), cancellationToken));
    }

    private static async Task<IResult> InviteAsync(InviteRequest request, HttpContext http, InvitePersonHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), new InvitePersonCommand(request.Role, request.Email, request.DisplayName, request.ClientContactId, request.CandidateId), cancellationToken);
        return result.Succeeded ? TypedResults.Created($"/api/v1/invitations/{result.Value!.Id}", result.Value) : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> ResendAsync(Guid id, HttpContext http, ResendInvitationHandler handler, CancellationToken cancellationToken) =>
        Outcome(await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken));

    private static async Task<IResult> RevokeAsync(Guid id, HttpContext http, RevokeInvitationHandler handler, CancellationToken cancellationToken) =>
        Outcome(await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken));

    private static async Task<IResult> PeopleAsync(HttpContext http, GetPeopleHandler handler, int? page, int? pageSize, string? search, Role? role, bool? active, PeopleSort? sort, bool? descending, CancellationToken cancellationToken)
    {
        var paging = PageRequest.From(page, pageSize);
        return Outcome(await handler.HandleAsync(http.User.RequireCurrentUser(), new PeopleQuery(paging.Page, paging.PageSize, search, role, active, sort, descending ?? false), cancellationToken));
    }

    private static async Task<IResult> ChangeRoleAsync(Guid id, ChangeRoleRequest request, HttpContext http, ChangePersonRoleHandler handler, CancellationToken cancellationToken) =>
        Outcome(await handler.HandleAsync(http.User.RequireCurrentUser(), new ChangePersonRoleCommand(id, request.Role), cancellationToken));

    private static async Task<IResult> DeactivateAsync(Guid id, HttpContext http, DeactivatePersonHandler handler, CancellationToken cancellationToken) =>
        Outcome(await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken));

    private static async Task<IResult> ReactivateAsync(Guid id, HttpContext http, ReactivatePersonHandler handler, CancellationToken cancellationToken) =>
        Outcome(await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken));

    private static IResult Outcome<T>(Result<T> result) =>
        result.Succeeded ? TypedResults.Ok(result.Value) : ApiEndpoints.Problem(result.Failure!);
}
