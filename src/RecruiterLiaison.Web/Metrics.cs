using System.Net;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using RecruiterLiaison.Application.Common;

namespace RecruiterLiaison.Web;

/// <summary>
/// OpenTelemetry metrics (the product's own meter, ASP.NET Core, Blazor circuits, Npgsql and
/// the runtime) scraped by Prometheus at <c>/metrics</c>. Only callers from
/// <c>Metrics:AllowedNetworks</c> (default: loopback) may read it; everyone else gets 404.
/// </summary>
public static class Metrics
{
    public const string Path = "/metrics";

    public static IServiceCollection AddAppMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("RecruiterLiaison"))
            .WithMetrics(metrics => metrics
                .AddMeter(AppMetrics.MeterName, "Npgsql", "Microsoft.AspNetCore.Components.Server.Circuits")
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());
        return services;
    }

    public static void MapAppMetrics(this WebApplication app)
    {
        var allowed = (app.Configuration.GetSection("Metrics:AllowedNetworks").Get<string[]>() is { Length: > 0 } networks ? networks : ["127.0.0.0/8", "::1/128"])
            .Select(IPNetwork.Parse)
            .ToArray();
        app.UseWhen(context => context.Request.Path.StartsWithSegments(Path), branch => branch.Use(async (context, next) =>
        {
            if (!IsAllowed(context.Connection.RemoteIpAddress, allowed))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next();
        }));
        app.MapPrometheusScrapingEndpoint(Path);
    }

    private static bool IsAllowed(IPAddress? caller, IPNetwork[] allowed)
    {
        if (caller is null)
        {
            return false;
        }

        var address = caller.IsIPv4MappedToIPv6 ? caller.MapToIPv4() : caller;
        return allowed.Any(network => network.Contains(address));
    }
}
