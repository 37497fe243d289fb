using System.Text.RegularExpressions;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>
/// Lines of code quoted in a note (a corrected query, a commit message): not prose, so not
/// shouting in their capitals, not misspelt in their names, and verse only as a gimmick.
/// </summary>
public static partial class QuotedCode
{
    public static bool IsCodeLine(ReadOnlySpan<char> line) => Code().IsMatch(line);

    /// <summary>
    /// Whether the line around a position of the body is code. Several rules ask of one body, once
    /// per word or finding: each body's lines are read once (the last body asked is remembered, per
    /// thread), not once per question, which on a long one-line note cost milliseconds.
    /// </summary>
    public static bool IsInCodeLine(string body, int index)
    {
        var lines = CodeLinesOf(body);
        foreach (var (start, end) in lines)
        {
            if (index >= start && index <= end)
            {
                return true;
            }
        }

        return false;
    }

    [ThreadStatic]
    private static (string Body, List<(int Start, int End)> Lines)? _last;

    private static List<(int Start, int End)> CodeLinesOf(string body)
    {
        if (_last is { } last && ReferenceEquals(last.Body, body))
        {
            return last.Lines;
        }

        var lines = new List<(int Start, int End)>();
        var start = 0;
        while (start <= body.Length)
        {
            var end = body.IndexOf('\n', start);
            end = end < 0 ? body.Length : end;
            if (IsCodeLine(body.AsSpan(start, end - start)))
            {
                lines.Add((start, end));
            }

            start = end + 1;
        }

        _last = (body, lines);
        return lines;
    }

    // An identifier with an underscore (customer_id, ROW_NUMBER), a call with its brackets, SQL's
    // opening words, a commit header. Letter, underscore, letter: no run to backtrack over.
    [GeneratedRegex(@"[A-Za-z0-9]_[A-Za-z0-9]|\w\(\)|^\s*(SELECT|FROM|WHERE|INSERT|UPDATE|ORDER BY|GROUP BY|JOIN|commit [0-9a-f]{7})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
