using System.Diagnostics;
using Serilog;
using Serilog.Formatting.Json;

namespace RecruiterLiaison.Web;

/// <summary>Serilog to the console (JSON in Production) and one log line per request.</summary>
public static class AppLogging
{
    public static WebApplicationBuilder AddAppLogging(this WebApplicationBuilder builder)
    {
        var configuration = new LoggerConfiguration().ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext();
        configuration = builder.Environment.IsProduction()
            ? configuration.WriteTo.Console(new JsonFormatter(renderMessage: true))
            : configuration.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
        builder.Logging.ClearProviders().AddSerilog(configuration.CreateLogger(), dispose: true);
        return builder;
    }

    /// <summary>Serilog.AspNetCore is not served here (STACK.md); this is its request log line.</summary>
    public static IApplicationBuilder UseRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("RecruiterLiaison.Requests");
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next();
            }
            finally
            {
                if (!context.Request.Path.StartsWithSegments("/_content") && !context.Request.Path.StartsWithSegments("/health"))
                {
                    logger.LogInformation("HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms",
                        context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        });
    }
}
