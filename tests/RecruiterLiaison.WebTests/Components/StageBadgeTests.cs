using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using RecruiterLiaison.Domain.Submissions;
using RecruiterLiaison.Web.Components.Shared;

namespace RecruiterLiaison.WebTests.Components;

/// <summary>Components rendered with ASP.NET Core's HtmlRenderer (docs/decisions/0004).</summary>
public sealed class StageBadgeTests
{
    [Theory]
    [InlineData(SubmissionStage.RecruiterScreen, "Recruiter screen", "rz-badge-info")]
    [InlineData(SubmissionStage.FurtherInterviews, "Further interviews", "rz-badge-info")]
    [InlineData(SubmissionStage.Offer, "Offer", "rz-badge-success")]
    [InlineData(SubmissionStage.Rejected, "Rejected", "rz-badge-danger")]
    [InlineData(SubmissionStage.RemovedFromConsideration, "Removed from consideration", "rz-badge-danger")]
    public async Task A_stage_reads_in_words_with_a_colour_for_its_outcome(SubmissionStage stage, string label, string cssClass)
    {
        var html = await RenderAsync<StageBadge>(new Dictionary<string, object?> { [nameof(StageBadge.Stage)] = stage });

        var badge = new HtmlParser().ParseDocument(html).QuerySelector("[data-testid=stage]")!;
        badge.TextContent.ShouldBe(label);
        badge.ClassList.ShouldContain(cssClass);
    }

    private static async Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        var services = new ServiceCollection().AddLogging().AddRadzenComponentsForTests().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}

internal static class TestServices
{
    public static IServiceCollection AddRadzenComponentsForTests(this IServiceCollection services)
    {
        Radzen.ServiceCollectionExtensions.AddRadzenComponents(services);
        services.AddSingleton<NavigationManager, TestNavigationManager>();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton<IJSRuntime, StaticRenderJSRuntime>();
        return services;
    }

    /// <summary>Static rendering never calls JavaScript; a call would be a bug, so it throws.</summary>
    private sealed class StaticRenderJSRuntime : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            throw new InvalidOperationException($"A statically rendered component called JavaScript: {identifier}");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            throw new InvalidOperationException($"A statically rendered component called JavaScript: {identifier}");
    }

    private sealed class TestNavigationManager : NavigationManager
    {
        public TestNavigationManager() => Initialize("http://localhost/", "http://localhost/");
    }
}
