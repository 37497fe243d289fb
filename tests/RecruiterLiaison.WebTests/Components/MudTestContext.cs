using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace RecruiterLiaison.WebTests.Components;

/// <summary>
/// A bunit context that renders MudBlazor components as the app does (../shared/STACK.md):
/// loose JS interop, MudBlazor's services, and the popover provider rendered first so that
/// menus and select items have somewhere to appear. One per test, disposed with await using.
/// </summary>
public static class MudTestContext
{
    /// <param name="setup">More services (and sign-in) for the test; bunit takes none after the first render.</param>
    public static BunitContext Create(Action<BunitContext>? setup = null)
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        setup?.Invoke(context);

        // As in a circuit (pages subscribe to live changes only when interactive). Touching the
        // renderer builds the service provider, so this comes after every registration.
        context.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        context.Render<MudPopoverProvider>();
        return context;
    }
}
