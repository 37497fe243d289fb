using Scalar.AspNetCore;

namespace RecruiterLiaison.Web.Security;

/// <summary>Headers every response carries; pages need no inline script, so the CSP forbids it.</summary>
public static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (context.Request.Path.StartsWithSegments(Api.ApiDocumentation.ReferencePath))
            {
                // The API reference (/scalar/v1) starts itself with an inline script that carries a
                // fresh nonce per request; that script, and no other inline one, may run on that page.
                context.Response.OnStarting(() =>
                {
                    if (context.Items.TryGetValue(ScalarOptions.NonceHttpContextItemKey, out var value) && value is string nonce)
                    {
                        headers.ContentSecurityPolicy = ContentSecurityPolicy.Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal);
                    }

                    return Task.CompletedTask;
                });
            }

            await next();
        });
}
