namespace RecruiterLiaison.Web.Api;

/// <summary>What an endpoint answers, declared for the OpenAPI document: its named body and its refusals.</summary>
internal static class ApiMetadata
{
    /// <summary>The success body, by its record type (the document names its schema after it).</summary>
    public static RouteHandlerBuilder Answers<T>(this RouteHandlerBuilder builder, int status = StatusCodes.Status200OK) =>
        builder.Produces<T>(status);

    /// <summary>
    /// The problem-details answers besides the group's 401 and 429: 400 carries field errors
    /// (validation problem details), the others a plain problem.
    /// </summary>
    public static RouteHandlerBuilder Refuses(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            builder = status == StatusCodes.Status400BadRequest ? builder.ProducesValidationProblem() : builder.ProducesProblem(status);
        }

        return builder;
    }
}
