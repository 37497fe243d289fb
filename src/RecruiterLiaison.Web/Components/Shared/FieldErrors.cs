using RecruiterLiaison.Application.Common;

namespace RecruiterLiaison.Web.Components.Shared;

/// <summary>A failure's messages by field, for showing beside each form field.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.OrdinalIgnoreCase);

    public string? Summary { get; private set; }

    public bool Any => Summary is not null || _errors.Count > 0;

    public void Set(Failure failure)
    {
        _errors.Clear();
        foreach (var (field, messages) in failure.Errors ?? new Dictionary<string, string[]>())
        {
            _errors[field] = messages;
        }

        Summary = failure.Errors is { Count: > 0 } ? null : failure.Message;
    }

    public void Add(string field, string message) => _errors[field] = [message];

    public string? For(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
