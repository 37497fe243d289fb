using System.Security.Claims;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace RecruiterLiaison.Web;

/// <summary>Serilog from configuration (console text in Development, JSON lines elsewhere) and one line per request.</summary>
public static class AppLogging
{
    /// <summary>Levels, enrichers and any further sinks come from the <c>Serilog</c> section; the console sink is always on.</summary>
    public static WebApplicationBuilder AddAppLogging(this WebApplicationBuilder builder)
    {
        var json = !builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext();
            if (json)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
            }
        });
        return builder;
    }

    /// <summary>
    /// An invitation link's path is its secret: whoever reads it in the logs could accept the
    /// invitation, so the token never reaches a log line.
    /// </summary>
    public static string WithoutSecrets(string path) =>
        path.StartsWith("/invitation/", StringComparison.OrdinalIgnoreCase) ? "/invitation/{token}" : path;

    /// <summary>The status nginx logs for a request whose caller went away before the answer.</summary>
    public const int ClientClosedRequest = 499;

    /// <summary>
    /// One line per request with who made it and which endpoint it was routed to. Health
    /// probes, metrics scrapes and static files log at Debug: they would drown the lines people read.
    /// </summary>
    public static IApplicationBuilder UseAppRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
                : IsRoutine(context.Request.Path) ? LogEventLevel.Debug
                : LogEventLevel.Information;
            options.GetMessageTemplateProperties = (context, path, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(WithoutSecrets(path))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                if (context.User.Identity?.IsAuthenticated == true)
                {
                    diagnostics.Set("UserId", context.User.FindFirstValue(ClaimTypes.NameIdentifier));
                    diagnostics.Set("Role", context.User.FindFirstValue(ClaimTypes.Role));
                }
            };
        });

        // A caller that hangs up mid-request (a closed tab, a load generator stopping) cancels the
        // request's database calls; that is 499, nginx's "client closed request", not a server error
        // for someone to chase in the logs.
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
            {
                if (!context.Response.HasStarted)
                {
                    context.Response.StatusCode = ClientClosedRequest;
                }
            }
        });

        // The route as matched on the way in: by the end of the request a 404 or an error may
        // have been re-executed on another endpoint.
        return app.Use((context, next) =>
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.GetEndpoint()?.DisplayName;
            if (route is not null)
            {
                context.RequestServices.GetRequiredService<IDiagnosticContext>().Set("Route", route);
            }

            return next(context);
        });
    }

    private static bool IsRoutine(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/_content") || path.StartsWithSegments("/_framework")
        || path.StartsWithSegments("/metrics") || Path.HasExtension(path.Value);
}
