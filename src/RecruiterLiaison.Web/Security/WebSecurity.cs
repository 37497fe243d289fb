using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Infrastructure.Identity;

namespace RecruiterLiaison.Web.Security;

public static class WebSecurity
{
    /// <summary>Rate-limit policy for the API: per caller, generous for scripts, a wall for floods.</summary>
    public const string ApiRateLimit = "api";

    /// <summary>Rate-limit policy for creating notes: a person drafts a few a day, not a hundred a minute.</summary>
    public const string NoteSubmissionRateLimit = "note-submission";

    public static IServiceCollection AddWebSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection("RateLimits").Get<RateLimitSettings>() ?? new RateLimitSettings();
        services.AddMemoryCache();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityAuthenticationStateProvider>();
        services.AddScoped<SignedInUser>();
        services.AddScoped<AccessAudit>();
        services.AddScoped<IUserClaimsPrincipalFactory<ApplicationUser>, AppClaimsPrincipalFactory>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddIdentityCookies();
        services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "rl.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Events = new CookieAuthenticationEvents
            {
                OnRedirectToAccessDenied = async context =>
                {
                    await context.HttpContext.RequestServices.GetRequiredService<AccessAudit>().RecordRefusalAsync(context.HttpContext, "role not allowed");
                    context.Response.Redirect(context.RedirectUri);
                },
            };
        });
        // The cookie re-checks its security stamp as often as open circuits do (default every 30
        // minutes): a deactivated person's next page load signs them out, not half an hour later.
        services.Configure<SecurityStampValidatorOptions>(options =>
            options.ValidationInterval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Security:RevalidationSeconds", 60))));
        services.AddAuthorization(options =>
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                options.AddPolicy(role.ToString(), policy => policy.RequireRole(role.ToString()));
            }
        });
        // The antiforgery cookie's default is never Secure; over TLS it must not travel in clear either.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: "Slow down and try again in a minute.")
                    .ExecuteAsync(context.HttpContext);
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => SignInPartition(context, limits.SignInPerMinute));
            options.AddPolicy(ApiRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                CallerKey(context), _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.ApiPerMinute, Window = TimeSpan.FromMinutes(1) }));
            options.AddPolicy(NoteSubmissionRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                CallerKey(context), _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.NoteSubmissionsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }

    /// <summary>
    /// Authenticates an API request's bearer token before the rate limiter runs. The API's
    /// authorization policy would do it only after, so the limiter saw no user and counted every
    /// caller from one address (an office, a proxy) in one allowance. The handler keeps its answer
    /// for the request, so the token is looked up once.
    /// </summary>
    public static IApplicationBuilder UseApiTokenAuthentication(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api") && context.Request.Headers.Authorization.Count > 0
                && await context.AuthenticateAsync(ApiTokenAuthenticationHandler.SchemeName) is { Succeeded: true } result)
            {
                context.User = result.Principal;
            }

            await next();
        });

    /// <summary>Only sign-in attempts share the global limiter, counted per client address.</summary>
    private static RateLimitPartition<string> SignInPartition(HttpContext context, int perMinute)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/Account/Login"))
        {
            return RateLimitPartition.GetFixedWindowLimiter("sign-in:" + context.Connection.RemoteIpAddress,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) });
        }

        return RateLimitPartition.GetNoLimiter("none");
    }

    private static string CallerKey(HttpContext context) =>
        context.User.ToCurrentUser()?.UserId.ToString() ?? context.Connection.RemoteIpAddress?.ToString() ?? "anonymous";
}

/// <summary>Requests per minute per caller; configuration section <c>RateLimits</c>.</summary>
public sealed record RateLimitSettings
{
    public int SignInPerMinute { get; init; } = 20;

    public int ApiPerMinute { get; init; } = 600;

    public int NoteSubmissionsPerMinute { get; init; } = 20;
}
