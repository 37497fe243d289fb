namespace RecruiterLiaison.Domain.Notes;

public enum FindingSeverity
{
    Info,
    Warning,
    Blocker,
}

/// <summary>
/// One etiquette finding on a note's text: the rule id of DOMAIN.md, how serious, the span
/// (UTF-16 offsets; 0/0 for the whole note or its context), plain words and a suggestion.
/// </summary>
public sealed record Finding(string Rule, FindingSeverity Severity, int Start, int Length, string Message, string? Suggestion)
{
    /// <summary>What a finding of this severity adds to a note's risk, which orders the review queue.</summary>
    public static int WeightOf(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Blocker => 10,
        FindingSeverity.Warning => 3,
        _ => 1,
    };

    public static int RiskOf(IEnumerable<Finding> findings) => findings.Sum(f => WeightOf(f.Severity));
}
