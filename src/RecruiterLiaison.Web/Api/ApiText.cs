using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace RecruiterLiaison.Web.Api;

/// <summary>
/// Refuses text with a NUL character in an API request, in a query value or anywhere in a JSON
/// body: PostgreSQL can neither store nor compare it, so the request would end as a 500. The
/// answer is a 400 with the field's name, as any other field error. An empty entry (null) in
/// a list of records is refused the same way: the handlers read every entry's fields.
/// </summary>
internal static class ApiText
{
    public const string NulMessage = "Remove the NUL character (\\u0000): text cannot contain it.";

    public const string EmptyEntryMessage = "This entry is empty: give it its fields, or leave it out.";

    private const int MaxDepth = 8;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static TBuilder RefuseNulCharacters<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var parameters = factory.MethodInfo.GetParameters();
            return async invocation =>
            {
                var errors = new Dictionary<string, string[]>();
                for (var i = 0; i < invocation.Arguments.Count && i < parameters.Length; i++)
                {
                    // A query value is named by its parameter; a body's fields by their own JSON names.
                    var argument = invocation.Arguments[i];
                    Find(argument, argument is string ? parameters[i].Name ?? "" : "", errors, 0);
                }

                return errors.Count > 0
                    ? TypedResults.ValidationProblem(errors, detail: "Some fields need attention.")
                    : await next(invocation);
            };
        });

    private static void Find(object? value, string path, Dictionary<string, string[]> errors, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (text.Contains('\0', StringComparison.Ordinal))
                {
                    errors[path] = [NulMessage];
                }

                return;
            case IEnumerable items when depth < MaxDepth && IsRequestType(value.GetType().GetGenericArguments().FirstOrDefault() ?? value.GetType().GetElementType()):
                var index = 0;
                var ofRecords = (value.GetType().GetGenericArguments().FirstOrDefault() ?? value.GetType().GetElementType()) != typeof(string);
                foreach (var item in items)
                {
                    if (item is null && ofRecords)
                    {
                        errors[$"{path}[{index}]"] = [EmptyEntryMessage];
                    }

                    Find(item, $"{path}[{index++}]", errors, depth + 1);
                }

                return;
            default:
                // Only the API's own request records are walked: services and HttpContext are arguments too.
                if (depth < MaxDepth && value.GetType().Namespace == typeof(ApiText).Namespace)
                {
                    foreach (var property in Properties.GetOrAdd(value.GetType(), t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray()))
                    {
                        var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                        Find(property.GetValue(value), path.Length == 0 ? name : $"{path}.{name}", errors, depth + 1);
                    }
                }

                return;
        }
    }

    /// <summary>Lists of text or of request records; a list of ids or numbers has no text in it.</summary>
    private static bool IsRequestType(Type? element) =>
        element == typeof(string) || element?.Namespace == typeof(ApiText).Namespace;
}
