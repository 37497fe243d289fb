using RecruiterLiaison.Application.Clients;
using RecruiterLiaison.Application.Clients.AddContact;
using RecruiterLiaison.Application.Clients.ArchiveClient;
using RecruiterLiaison.Application.Clients.CreateClient;
using RecruiterLiaison.Application.Clients.EditContact;
using RecruiterLiaison.Application.Clients.GetClient;
using RecruiterLiaison.Application.Clients.ListClients;
using RecruiterLiaison.Application.Clients.ListContacts;
using RecruiterLiaison.Application.Clients.RenameClient;
using RecruiterLiaison.Application.Clients.RestoreClient;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Web.Security;

namespace RecruiterLiaison.Web.Api;

/// <summary>Clients and their contacts, for recruiters and admins: the handlers the workspace pages call.</summary>
internal static class ClientsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var staff = StaffOnly(api);
        staff.MapGet("/clients", ListAsync).Produces<Paged<ClientListItem>>().ProducesValidationProblem();
        staff.MapPost("/clients", CreateAsync).Produces<ClientDetail>(StatusCodes.Status201Created).ProducesValidationProblem();
        staff.MapGet("/clients/{id:guid}", GetAsync).Produces<ClientDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPut("/clients/{id:guid}", RenameAsync).Produces<ClientDetail>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/clients/{id:guid}/archive", ArchiveAsync).Produces<ClientDetail>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/clients/{id:guid}/restore", RestoreAsync).Produces<ClientDetail>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapGet("/clients/{id:guid}/contacts", ContactsAsync).Produces<Paged<ContactItem>>().ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPost("/clients/{id:guid}/contacts", AddContactAsync).Produces<ContactItem>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPut("/contacts/{id:guid}", EditContactAsync).Produces<ContactItem>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>Endpoints of the agency workspace: any other role gets 403 (and the refusal is audited).</summary>
    public static RouteGroupBuilder StaffOnly(RouteGroupBuilder api)
    {
        var staff = api.MapGroup("");
        staff.RequireAuthorization(policy => policy.RequireRole(nameof(Role.Recruiter), nameof(Role.AgencyAdmin)));
        return staff;
    }

    public sealed record CreateClientRequest(string? Name);

    public sealed record RenameClientRequest(uint? Version, string? Name);

    /// <summary>Optional: with a version, the change happens only if nobody changed the record since.</summary>
    public sealed record ClientVersionRequest(uint? Version);

    public sealed record ContactRequest(string? Name, string? Title, string? Email, Seniority? Seniority);

    public sealed record EditContactRequest(uint? Version, string? Name, string? Title, string? Email, Seniority? Seniority);

    private static async Task<IResult> ListAsync(HttpContext http, ListClientsHandler handler, string? search, bool? includeArchived, string? sort, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (sort is not (null or "name" or "-name"))
        {
            return ApiEndpoints.Problem(Failure.Field("sort", "Sort by name (A–Z) or -name (Z–A)."));
        }

        var query = new ListClientsQuery(PageRequest.From(page, pageSize), search, includeArchived ?? false, sort == "-name");
        return TypedResults.Ok(await handler.HandleAsync(http.User.RequireCurrentUser(), query, cancellationToken));
    }

    private static async Task<IResult> CreateAsync(CreateClientRequest request, HttpContext http, CreateClientHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), new CreateClientCommand(request.Name), cancellationToken);
        return result.Succeeded ? TypedResults.Created($"/api/v1/clients/{result.Value!.Id}", result.Value) : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, GetClientHandler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(http.User.RequireCurrentUser(), id, cancellationToken) is { } client
            ? TypedResults.Ok(client)
            : ApiEndpoints.Problem(Failure.NotFound("client"));

    private static async Task<IResult> RenameAsync(Guid id, RenameClientRequest request, HttpContext http, RenameClientHandler handler, CancellationToken cancellationToken) =>
        Answer(await handler.HandleAsync(http.User.RequireCurrentUser(), new RenameClientCommand(id, request.Version ?? 0, request.Name), cancellationToken));

    private static async Task<IResult> ArchiveAsync(Guid id, ClientVersionRequest? request, HttpContext http, ArchiveClientHandler handler, CancellationToken cancellationToken) =>
        Answer(await handler.HandleAsync(http.User.RequireCurrentUser(), new ArchiveClientCommand(id, request?.Version), cancellationToken));

    private static async Task<IResult> RestoreAsync(Guid id, ClientVersionRequest? request, HttpContext http, RestoreClientHandler handler, CancellationToken cancellationToken) =>
        Answer(await handler.HandleAsync(http.User.RequireCurrentUser(), new RestoreClientCommand(id, request?.Version), cancellationToken));

    private static async Task<IResult> ContactsAsync(Guid id, HttpContext http, ListContactsHandler handler, int? page, int? pageSize, CancellationToken cancellationToken) =>
        await handler.HandleAsync(http.User.RequireCurrentUser(), id, PageRequest.From(page, pageSize), cancellationToken) is { } contacts
            ? TypedResults.Ok(contacts)
            : ApiEndpoints.Problem(Failure.NotFound("client"));

    private static async Task<IResult> AddContactAsync(Guid id, ContactRequest request, HttpContext http, AddContactHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), new AddContactCommand(id, request.Name, request.Title, request.Email, request.Seniority), cancellationToken);
        return result.Succeeded ? TypedResults.Created($"/api/v1/clients/{id}/contacts", result.Value) : ApiEndpoints.Problem(result.Failure!);
    }

    private static async Task<IResult> EditContactAsync(Guid id, EditContactRequest request, HttpContext http, EditContactHandler handler, CancellationToken cancellationToken)
    {
        var command = new EditContactCommand(id, request.Version ?? 0, request.Name, request.Title, request.Email, request.Seniority);
        var result = await handler.HandleAsync(http.User.RequireCurrentUser(), command, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(result.Value) : ApiEndpoints.Problem(result.Failure!);
    }

    private static IResult Answer(Result<ClientDetail> result) =>
        result.Succeeded ? TypedResults.Ok(result.Value) : ApiEndpoints.Problem(result.Failure!);
}
