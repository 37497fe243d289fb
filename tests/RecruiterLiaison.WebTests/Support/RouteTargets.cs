using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace RecruiterLiaison.WebTests.Support;

/// <summary>A query-string parameter an endpoint's handler binds, with the type it expects.</summary>
public sealed record QuerySlot(string Name, Type Type);

/// <summary>
/// One method and route the app answers, read from its endpoint table: an API endpoint (with the
/// query parameters and body type its handler binds), a page, or a server-rendered form endpoint
/// that takes a POST. The fuzz and the security checks enumerate these, so a new endpoint or page
/// is covered without anyone listing it.
/// </summary>
public sealed partial record RouteTarget(string Method, string Pattern, bool IsApi, IReadOnlyList<QuerySlot> Query, Type? BodyType)
{
    public override string ToString() => $"{Method} {Pattern}";

    /// <summary>The route's parameters, as <c>{name:constraint}</c> placeholders in <see cref="Pattern"/>.</summary>
    public static Regex Placeholder() => PlaceholderPattern();

    [GeneratedRegex(@"\{\*{0,2}(?<name>\w+)(?::(?<constraint>[^}?]+))?\??\}")]
    private static partial Regex PlaceholderPattern();
}

public static class RouteTargets
{
    private static readonly HashSet<Type> Simple =
    [
        typeof(string), typeof(int), typeof(uint), typeof(long), typeof(bool), typeof(Guid), typeof(DateTimeOffset), typeof(DateTime), typeof(double),
    ];

    /// <summary>
    /// Every /api/v1 endpoint with each of its methods, so an endpoint added tomorrow is fuzzed
    /// without anyone listing it here.
    /// </summary>
    public static IReadOnlyList<RouteTarget> Api(EndpointDataSource endpoints) =>
        Routes(endpoints)
            .Where(e => e.Pattern.StartsWith("/api/v1", StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => e.Methods.Select(method => new RouteTarget(method, e.Pattern, true, QueryOf(e.Endpoint), BodyOf(e.Endpoint))))
            .OrderBy(t => t.Pattern, StringComparer.Ordinal).ThenBy(t => t.Method, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Every server-rendered endpoint a browser form can POST to: each page (a static page's
    /// form posts to its own address; an interactive page must refuse a post it has no form
    /// for) and the plain form endpoints such as sign-out. The circuit hub (/_blazor) is not a form.
    /// </summary>
    public static IReadOnlyList<RouteTarget> Forms(EndpointDataSource endpoints) =>
        Routes(endpoints)
            .Where(e => !e.Pattern.StartsWith("/api", StringComparison.OrdinalIgnoreCase) && !e.Pattern.StartsWith("/_", StringComparison.Ordinal))
            .Where(e => e.Methods.Contains(HttpMethods.Post))
            .Where(e => e.Endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null || e.Endpoint.Metadata.GetMetadata<MethodInfo>() is not null)
            .Select(e => new RouteTarget(HttpMethods.Post, e.Pattern, false, [], null))
            .DistinctBy(t => t.Pattern)
            .OrderBy(t => t.Pattern, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every page (a Razor component with a route) a browser can GET.</summary>
    public static IReadOnlyList<RouteTarget> Pages(EndpointDataSource endpoints) =>
        Routes(endpoints)
            .Where(e => e.Endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null && e.Methods.Contains(HttpMethods.Get))
            .Select(e => new RouteTarget(HttpMethods.Get, e.Pattern, false, [], null))
            .DistinctBy(t => t.Pattern)
            .OrderBy(t => t.Pattern, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<(RouteEndpoint Endpoint, string Pattern, IReadOnlyList<string> Methods)> Routes(EndpointDataSource endpoints) =>
        endpoints.Endpoints.OfType<RouteEndpoint>()
            .Select(e => (e, "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'), (IReadOnlyList<string>)(e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])))
            .Where(e => e.Item3.Count > 0);

    private static IReadOnlyList<QuerySlot> QueryOf(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<MethodInfo>() is not { } method)
        {
            return [];
        }

        var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return method.GetParameters()
            .Where(p => p.Name is not null && !routeNames.Contains(p.Name))
            .Select(p => (p.Name!, Type: Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
            .Where(p => Simple.Contains(p.Type) || p.Type.IsEnum)
            .Select(p => new QuerySlot(p.Item1, p.Type))
            .ToList();
    }

    private static Type? BodyOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Select(a => a.RequestType).FirstOrDefault(t => t is not null);
}
