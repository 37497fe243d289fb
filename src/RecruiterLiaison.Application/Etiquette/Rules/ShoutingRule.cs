using System.Text.RegularExpressions;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>
/// tone.aggressive: capital letters in running text read as shouting. Acronyms do not
/// ("MEDDICC", "PCI DSS"), nor a heading on a line of its own ("FOR IMMEDIATE RELEASE" is a
/// gimmick, the quirky rule's), nor a business name in the signature (the sender rule's), nor
/// code quoted in a note ("ROW_NUMBER() OVER (PARTITION BY policy_id …)": SQL keywords are
/// capitals by habit).
/// </summary>
public sealed partial class ShoutingRule(ISpeller? speller = null) : IEtiquetteRule
{
    public const string Message = "Capital letters read as shouting.";

    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        var signature = -1;
        int? capitalLines = null;
        foreach (Match match in ShoutedWords().Matches(body))
        {
            if (signature < 0)
            {
                signature = SignOff.SignatureStart(body);
            }

            if (match.Index >= signature || IsHeadingOrCode(body, match, () => capitalLines ??= CapitalLines(body[..signature])) || !HasWords(match.Value))
            {
                continue;
            }

            yield return new Finding("tone.aggressive", FindingSeverity.Warning, match.Index, match.Length,
                Message, match.Value.ToLowerInvariant());
        }
    }

    /// <summary>
    /// A title or code: a line of code, a label opening a line, or capitals alone on a line that
    /// neither exclaim nor press, or above all the running text, or in a note laid out with
    /// several such lines (a press release, a screenplay), where they are the format's headings.
    /// </summary>
    private static bool IsHeadingOrCode(string body, Match match, Func<int> capitalLines)
    {
        var end = body.IndexOf('\n', match.Index + match.Length);
        end = end < 0 ? body.Length : end;
        var start = body.LastIndexOf('\n', Math.Max(0, match.Index - 1)) + 1;
        var line = body.AsSpan(start, end - start);

        // A label opening a line that does not press ("MATCH REPORT:", "TOP 5 REASONS TO HIRE ME:",
        // "REFEREE 1 - Dr Tan").
        var after = match.Index + match.Length;
        if (body.AsSpan(start, match.Index - start).Trim().Length == 0 && after < body.Length && IsLabelEnd(body.AsSpan(after)) && !Pressing().IsMatch(match.Value))
        {
            return true;
        }

        if (QuotedCode.IsCodeLine(line))
        {
            return true;
        }

        if (line.ContainsAny(Lowercase))
        {
            return false;
        }

        // A line in capitals that neither exclaims nor presses ("MATCH REPORT", "REASONS TO HIRE ME") is a title.
        if (line.IndexOfAny('!', '?') < 0 && !Pressing().IsMatch(line))
        {
            return true;
        }

        return (!body.AsSpan(0, end).ContainsAny(Lowercase) && body.AsSpan(end).ContainsAny(Lowercase))
            || capitalLines() >= 2;
    }

    /// <summary>What ends a label: a colon, or a number or a dash after it ("REFEREE 1 -", "STEP 2:").</summary>
    private static bool IsLabelEnd(ReadOnlySpan<char> rest)
    {
        var next = rest.TrimStart(' ');
        return next.Length > 0 && (next[0] is ':' or '-' or '–' or '—' || char.IsDigit(next[0]));
    }

    /// <summary>Lines in capitals with no lower-case letter, counted once per note.</summary>
    private static int CapitalLines(string text) => text.Split('\n').Count(l => l.Any(char.IsUpper) && !l.AsSpan().ContainsAny(Lowercase));

    private static readonly System.Buffers.SearchValues<char> Lowercase = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>Shouting is words in capitals; a run of acronyms is not. Without a dictionary, every run counts.</summary>
    private bool HasWords(string run) =>
        speller is null || Letters().Matches(run).Any(w => w.Length >= 2 && !SpellingRule.ShippedWords.Contains(w.Value) && speller.IsCorrect(w.Value.ToLowerInvariant()));

    // On one line, three or more consecutive all-caps words, two long ones, or one long word: "PCI DSS" or
    // "AWS SQL" are acronyms side by side, "I AM STILL WAITING" and "URGENT RESPONSE" are shouting.
    [GeneratedRegex(@"\b[A-Z]{2,}(?:[ \t,]+[A-Z]{1,}){2,}\b|\b[A-Z]{4,}[ \t,]+[A-Z]{5,}\b|\b[A-Z]{5,}[ \t,]+[A-Z]{4,}\b|\b[A-Z]{7,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex ShoutedWords();

    [GeneratedRegex(@"\b(PLEASE|NOW|TODAY|URGENT|URGENTLY|ASAP|IMMEDIATELY|NEED|WAITING|WAIT|RESPOND|REPLY|ANSWER|CALL|DEMAND|EXPECT|STILL|AGAIN|MUST)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pressing();

    [GeneratedRegex(@"[A-Z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Letters();
}
