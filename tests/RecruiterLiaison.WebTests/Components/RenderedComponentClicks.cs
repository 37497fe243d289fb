using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace RecruiterLiaison.WebTests.Components;

/// <summary>
/// Finding an element and clicking it in one dispatcher turn. Pages re-render when the change
/// feed reports something; a render between the find and the click retires the element's
/// handler id, which made such tests fail now and then.
/// </summary>
public static class RenderedComponentClicks
{
    /// <summary>Clicks the element <paramref name="selector"/> finds, as the page stands at that moment.</summary>
    public static void Press<T>(this IRenderedComponent<T> component, string selector)
        where T : IComponent =>
        component.Press(c => c.Find(selector));

    /// <summary>Clicks the element <paramref name="find"/> returns, found and clicked without a render in between.</summary>
    /// <remarks>Click, not ClickAsync: a handler that awaits a dialog finishes only when the dialog closes.</remarks>
    public static void Press<T>(this IRenderedComponent<T> component, Func<IRenderedComponent<T>, IElement> find)
        where T : IComponent =>
        component.InvokeAsync(() => find(component).Click()).GetAwaiter().GetResult();
}
