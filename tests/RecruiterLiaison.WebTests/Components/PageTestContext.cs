using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Security;
using RecruiterLiaison.WebTests.Support;

namespace RecruiterLiaison.WebTests.Components;

/// <summary>
/// Renders a page with bunit over the app's real services and database (the AppFactory's),
/// signed in as a demo account: the handlers, validators and PostgreSQL are the real ones,
/// only the browser is bunit's. Dispose the returned context with <c>await using</c>.
/// </summary>
public sealed class PageTestContext : IAsyncDisposable
{
    private readonly AsyncServiceScope _appScope;

    private PageTestContext(BunitContext bunit, AsyncServiceScope appScope)
    {
        Bunit = bunit;
        _appScope = appScope;
    }

    public BunitContext Bunit { get; }

    /// <summary>Where the page's dialogs appear (rendered once, before the first page).</summary>
    public IRenderedComponent<MudDialogProvider> Dialogs => _dialogs ??= RenderProviders();

    private IRenderedComponent<MudDialogProvider>? _dialogs;

    /// <summary>Renders a page with the dialog and snackbar providers a layout would give it.</summary>
    public IRenderedComponent<TPage> Render<TPage>(Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : IComponent
    {
        _ = Dialogs;
        return Bunit.Render(parameters);
    }

    /// <summary>Clicks the button of the open dialog that reads <paramref name="label"/>.</summary>
    public void Confirm(string label)
    {
        Dialogs.WaitForAssertion(() => Dialogs.FindAll(".mud-dialog button").ShouldContain(b => b.TextContent.Trim() == label), TimeSpan.FromSeconds(5));
        Dialogs.Press(d => d.FindAll(".mud-dialog button").First(b => b.TextContent.Trim() == label));
    }

    private IRenderedComponent<MudDialogProvider> RenderProviders()
    {
        Bunit.Render<MudSnackbarProvider>();
        return Bunit.Render<MudDialogProvider>();
    }

    /// <summary>The app's services in this test's scope: handlers, the DbContext factory, the clock.</summary>
    public IServiceProvider App => _appScope.ServiceProvider;

    public static async Task<PageTestContext> SignedInAsync(AppFactory app, string email)
    {
        var appScope = app.Services.CreateAsyncScope();
        var db = appScope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var role = await (from userRole in db.UserRoles join r in db.Roles on userRole.RoleId equals r.Id where userRole.UserId == user.Id select r.Name).SingleAsync();
        var zone = await db.Agencies.Where(a => a.Id == user.AgencyId).Select(a => a.TimeZone).SingleAsync();
        var bunit = MudTestContext.Create(context =>
        {
            context.Services.AddFallbackServiceProvider(appScope.ServiceProvider);
            context.Services.AddScoped<SignedInUser>();
            var authorization = context.AddAuthorization();
            authorization.SetAuthorized(user.DisplayName);
            authorization.SetRoles(role!);
            authorization.SetClaims(
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
                new Claim(ClaimTypes.Email, email),
                new Claim(ClaimsNames.AgencyId, user.AgencyId.ToString()),
                new Claim(ClaimsNames.DisplayName, user.DisplayName),
                new Claim(ClaimsNames.TimeZone, zone));
        });
        return new PageTestContext(bunit, appScope);
    }

    public async ValueTask DisposeAsync()
    {
        await Bunit.DisposeAsync();
        await _appScope.DisposeAsync();
    }
}
