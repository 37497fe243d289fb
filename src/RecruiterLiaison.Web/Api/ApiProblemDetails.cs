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
                await Results.Problem(statusCode: context.Response.StatusCode).ExecuteAsync(context);
            }
        });
}
