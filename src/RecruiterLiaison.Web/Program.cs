using MudBlazor.Services;
using RecruiterLiaison.Application;
using RecruiterLiaison.Infrastructure;
using RecruiterLiaison.Web;
using RecruiterLiaison.Web.Api;
using RecruiterLiaison.Web.Components;
using RecruiterLiaison.Web.Live;
using RecruiterLiaison.Web.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddAppLogging();
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration).AddBackgroundJobs().AddChangeFeed();
builder.Services.AddLiveUpdates();
builder.Services.AddWebSecurity(builder.Configuration);
builder.Services.AddAppHealthChecks();
builder.Services.AddAppMetrics();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddProblemDetails();
// In this order: a database outage is a 503 to retry; anything else under /api a bare 500.
builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
builder.Services.AddExceptionHandler<ApiExceptionHandler>();
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
builder.Services.AddApiDocumentation(builder.Configuration);

var app = builder.Build();

if (!await app.PrepareDatabaseAsync())
{
    return 1;
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseAppRequestLogging();
app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseApiProblemDetails();
app.UseAuthentication();
app.UseApiTokenAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseIdempotentApiPosts();
app.UseAntiforgery();
app.UseApiRequestEncodingCheck(); // after authorization: a caller who may not call at all hears 401 or 403 first

app.MapStaticAssets();
app.MapAppHealthChecks();
app.MapAppMetrics();
app.MapApiDocumentation();
app.MapApi();
app.MapAccountEndpoints();
// Our own Content-Security-Policy already says frame-ancestors 'none' (Security/SecurityHeaders.cs).
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);

await app.RunAsync();
return 0;

/// <summary>Entry point; public so WebApplicationFactory can start the app in tests.</summary>
public partial class Program;
