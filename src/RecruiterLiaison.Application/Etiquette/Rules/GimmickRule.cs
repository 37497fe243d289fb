using System.Text.RegularExpressions;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>
/// tone.quirky, from the note's shape rather than its words (seeds/000: trying to be "unique or
/// different"): a verse (three or more short lines in a row inside the note: a poem, a limerick,
/// a haiku), a multiple-choice quiz, a nickname in quotes in the signature, a run of emoji.
/// </summary>
public sealed partial class GimmickRule : IEtiquetteRule
{
    private const string Id = "tone.quirky";

    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        if (Verse(body) is { } verse)
        {
            yield return new Finding(Id, FindingSeverity.Warning, verse.Start, verse.Length,
                "A poem or verse in a note to a client is a gimmick; it can backfire, especially with senior people.", "Say thank you in two or three plain sentences.");
        }

        if (QuizOptions().Match(body) is { Success: true } quiz)
        {
            yield return new Finding(Id, FindingSeverity.Warning, quiz.Index, quiz.Length,
                "A multiple-choice quiz turns your question into a joke. Ask it plainly, or ask your recruiter.", null);
        }

        if (Nickname().Match(body) is { Success: true } nickname)
        {
            yield return new Finding(Id, FindingSeverity.Warning, nickname.Index, nickname.Length,
                "A nickname in your signature reads as a gimmick. Sign with your name.", null);
        }

        if (EmojiRun().Match(body) is { Success: true } emoji)
        {
            yield return new Finding(Id, FindingSeverity.Warning, emoji.Index, emoji.Length,
                "A string of emoji is a gimmick in a note to a client.", null);
        }
    }

    /// <summary>Three or more consecutive short lines after the greeting and before the sign-off, not a list.</summary>
    private static (int Start, int Length)? Verse(string body)
    {
        var lines = body.Split('\n');
        var offset = 0;
        var run = 0;
        var runStart = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (SignOff.Is(line))
            {
                // What follows the sign-off is the signature: short lines there are name, title, address.
                return null;
            }

            if (i > 0 && IsVerseLine(line))
            {
                if (run == 0)
                {
                    runStart = offset;
                }

                run++;
                if (run >= 3 && (i + 1 >= lines.Length || !IsVerseLine(lines[i + 1])))
                {
                    return (runStart, offset + lines[i].Length - runStart);
                }
            }
            else
            {
                run = 0;
            }

            offset += lines[i].Length + 1;
        }

        return null;
    }

    /// <summary>Two to nine words, not a list item, not a line that introduces what follows.</summary>
    private static bool IsVerseLine(string line)
    {
        var trimmed = line.Trim();
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= 2 and <= 9 && !ListItem().IsMatch(trimmed) && !trimmed.EndsWith(':');
    }

    [GeneratedRegex(@"^(\d+[.)]|[-*•]|[A-Za-z][.)])\s")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"(?m)^\s*A\)\s.*\n\s*B\)\s.*\n\s*C\)\s")]
    private static partial Regex QuizOptions();

    [GeneratedRegex(@"(?m)^\p{Lu}\p{L}+ [""“'‘][^""”'’\n]{2,30}[""”'’] \p{Lu}\p{L}+\s*$")]
    private static partial Regex Nickname();

    [GeneratedRegex(@"(?:(?:" + PhraseRules.Emoji + @")\uFE0F?\s*){4,}")]
    private static partial Regex EmojiRun();
}
