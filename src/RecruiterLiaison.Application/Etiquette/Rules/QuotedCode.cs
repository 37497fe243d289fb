using System.Text.RegularExpressions;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>
/// Lines of code quoted in a note (a corrected query, a commit message): not prose, so not
/// shouting in their capitals, not misspelt in their names, and verse only as a gimmick.
/// </summary>
public static partial class QuotedCode
{
    public static bool IsCodeLine(ReadOnlySpan<char> line) => Code().IsMatch(line);

    /// <summary>Whether the line around a position of the body is code.</summary>
    public static bool IsInCodeLine(string body, int index)
    {
        var start = body.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = body.IndexOf('\n', index);
        return IsCodeLine(body.AsSpan(start, (end < 0 ? body.Length : end) - start));
    }

    // An identifier with an underscore (customer_id, ROW_NUMBER), a call with its brackets, SQL's opening words, a commit header.
    [GeneratedRegex(@"\b[A-Za-z]+_[A-Za-z0-9_]+\b|\w\(\)|^\s*(SELECT|FROM|WHERE|INSERT|UPDATE|ORDER BY|GROUP BY|JOIN|commit [0-9a-f]{7})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
