using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace RecruiterLiaison.Web.Api;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>) and its interactive reference (<c>/scalar/v1</c>),
/// served by the app itself: the reference loads no script, font or telemetry from elsewhere.
/// </summary>
public static class ApiDocumentation
{
    /// <summary>The security scheme's name in the document: the personal access token of <c>rl tokens create</c>.</summary>
    public const string BearerScheme = "Bearer";

    public const string ReferencePath = "/scalar";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services, IConfiguration configuration)
    {
        // In Development a malformed body would otherwise throw, and the developer exception page
        // would answer with the exception's text; every environment answers a plain 400 instead.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        var publicUrl = configuration["Api:PublicUrl"];
        services.AddOpenApi(options =>
        {
            // The API only: not the account form posts the web pages make.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, context, _) =>
            {
                document.Info.Title = "RecruiterLiaison API";
                document.Info.Description = "Every workflow of RecruiterLiaison. Authenticate with a personal access token " +
                    "(`rl tokens create`) sent as `Authorization: Bearer <token>`. Lists take `?page=&pageSize=` and answer a page with its total.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "rl_…",
                    Description = "A personal access token from `rl tokens create --email <you>`.",
                };
                DescribeServers(document, publicUrl);
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true)
                {
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
                }

                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static void MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(ReferencePath, options => options
            .WithTitle("RecruiterLiaison API")
            .AddPreferredSecuritySchemes(BearerScheme)
            .WithNonce() // a fresh one per request; Security/SecurityHeaders.cs puts it in the CSP
            // Nothing that calls another host: no CDN fonts, telemetry, AI chat, MCP, or the cloud toolbar.
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools());
    }

    /// <summary>
    /// The configured public address (<c>Api:PublicUrl</c>, for a server behind a proxy), else the
    /// address the document was asked for, which the generator fills in from the request.
    /// </summary>
    private static void DescribeServers(OpenApiDocument document, string? publicUrl)
    {
        if (!string.IsNullOrWhiteSpace(publicUrl))
        {
            document.Servers = [new OpenApiServer { Url = publicUrl.TrimEnd('/') }];
        }
        else if (document.Servers is not { Count: > 0 })
        {
            document.Servers = [new OpenApiServer { Url = "/" }];
        }

        foreach (var server in document.Servers)
        {
            server.Description ??= "This RecruiterLiaison server";
        }
    }
}
