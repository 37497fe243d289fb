using Microsoft.AspNetCore.Diagnostics;

namespace RecruiterLiaison.Web.Api;

public static class ApiProblemDetails
{
    /// <summary>
    /// Under /api an empty error response becomes problem details, never an HTML page: the
    /// status-code page re-execution is for browsers only.
    /// </summary>
    public static IApplicationBuilder UseApiProblemDetails(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api"))
            {
                await next();
                return;
            }

            if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }

            await next();
            if (context.Response.StatusCode >= 400 && !context.Response.HasStarted && context.Response.ContentLength is null or 0)
            {
                // An empty 400 is a body or query the endpoint could not read (malformed JSON, a wrong type).
                var detail = context.Response.StatusCode == StatusCodes.Status400BadRequest
                    ? "The request could not be read: check that the body is JSON and that each field and query value has the documented type."
                    : null;
                await Results.Problem(statusCode: context.Response.StatusCode, detail: detail).ExecuteAsync(context);
            }
        });
}

/// <summary>
/// An API call that meets a database that is down answers 503 with Retry-After, not 500: the
/// request was fine, and a retry (with its Idempotency-Key, for a write) will succeed.
/// Registered before <see cref="ApiExceptionHandler"/>, which answers every other error.
/// </summary>
internal sealed class DatabaseUnavailableHandler(ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value;
        if (!new PathString(path).StartsWithSegments("/api") || !RecruiterLiaison.Infrastructure.Persistence.DatabaseFaults.IsUnavailable(exception))
        {
            return false;
        }

        logger.LogWarning("The database is unavailable: {Path} answered 503 ({Reason})", path, exception.GetBaseException().Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "2";
        await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Try again",
            detail: "The database is not answering. Send the request again shortly; writes sent with an Idempotency-Key are never applied twice.").ExecuteAsync(context);
        return true;
    }
}

/// <summary>
/// An unexpected error under /api answers problem details (the status and a trace id to quote,
/// nothing of the exception) instead of the browser's error page; elsewhere the page handles it.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The path asked for: the middleware may already have pointed the request at the error page.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (!new PathString(path).StartsWithSegments("/api"))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong",
                Detail = "We could not finish that request. Nothing saved earlier is lost; if it happens again, quote the traceId to your agency.",
            },
        });
    }
}
