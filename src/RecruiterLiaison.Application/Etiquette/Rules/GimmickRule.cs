using System.Text.RegularExpressions;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>
/// tone.quirky, from the note's shape rather than its words (seeds/000: trying to be "unique or
/// different"): a verse (three or more short lines in a row inside the note: a poem, a limerick,
/// a haiku), a thank-you written as code, a message in binary, a multiple-choice quiz, stage
/// directions ("*bows silently*"), a pun coined with a hyphen ("brew-tiful"), a run of emoji. A nickname in quotes in the signature ("Gavin "Gav" Murray") is not one: the blind
/// notes' recruiters let most pass and raised the rest as an unprofessional signature.
/// </summary>
public sealed partial class GimmickRule : IEtiquetteRule
{
    private const string Id = "tone.quirky";

    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        if (Verse(body) is { } verse)
        {
            // Code that answers a technical question is the point of the note; a thank-you has no call for it.
            if (!verse.IsCode)
            {
                yield return new Finding(Id, FindingSeverity.Warning, verse.Start, verse.Length,
                    "A poem or verse in a note to a client is a gimmick; it can backfire, especially with senior people.", "Say thank you in two or three plain sentences.");
            }
            else if (context.Kind == NoteKind.ThankYou)
            {
                yield return new Finding(Id, FindingSeverity.Warning, verse.Start, verse.Length,
                    "A thank-you written as code is a gimmick; the joke lands on the reader, not the role.", "Say thank you in two or three plain sentences.");
            }
        }

        if (Binary().Match(body) is { Success: true } binary)
        {
            yield return new Finding(Id, FindingSeverity.Warning, binary.Index, binary.Length,
                "A message in binary is a gimmick; the joke lands on the reader, not the role.", "Say it in plain words.");
        }

        if (QuizOptions().Match(body) is { Success: true } quiz)
        {
            yield return new Finding(Id, FindingSeverity.Warning, quiz.Index, quiz.Length,
                "A multiple-choice quiz turns your question into a joke. Ask it plainly, or ask your recruiter.", null);
        }

        if (HyphenatedPun(body) is { } pun)
        {
            yield return new Finding(Id, FindingSeverity.Warning, pun.Start, pun.Length,
                $"\"{body.Substring(pun.Start, pun.Length)}\" is a pun made for the note; wordplay reads as trying too hard to be memorable.", "Say it in plain words.");
        }

        if (StageDirection().Match(body) is { Success: true } direction)
        {
            yield return new Finding(Id, FindingSeverity.Warning, direction.Index, direction.Length,
                "Acting the note out (\"*bows*\") is a gimmick; the joke lands on the reader, not the role.", "Say it in plain words.");
        }

        if (EmojiRun().Match(body) is { Success: true } emoji)
        {
            yield return new Finding(Id, FindingSeverity.Warning, emoji.Index, emoji.Length,
                "A string of emoji is a gimmick in a note to a client.", null);
        }
    }

    /// <summary>
    /// Three or more consecutive short lines after the greeting and before the sign-off, not a
    /// list and not contact details (what follows the sign-off is the signature: short lines
    /// there are name, title, address); whether the lines are code (a query, a commit message).
    /// </summary>
    private static (int Start, int Length, bool IsCode)? Verse(string body)
    {
        var lines = body[..SignOff.SignatureStart(body)].Split('\n');
        var offset = 0;
        var run = 0;
        var runStart = 0;
        var (contact, code) = (false, false);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0 && IsVerseLine(lines[i]))
            {
                if (run == 0)
                {
                    (runStart, contact, code) = (offset, false, false);
                }

                run++;
                contact |= Contact().IsMatch(lines[i]);
                code |= QuotedCode.IsCodeLine(lines[i]);
                if (run >= 3 && (i + 1 >= lines.Length || !IsVerseLine(lines[i + 1])))
                {
                    if (!contact)
                    {
                        return (runStart, offset + lines[i].Length - runStart, code);
                    }

                    run = 0;
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
        return words is >= 2 and <= 9 && !ListItem().IsMatch(trimmed) && !trimmed.EndsWith(':') && !SignOff.Is(trimmed);
    }

    // Contact details: an address or a handle, a site, a phone number, a "Title | Company" line.
    [GeneratedRegex(@"@|https?:|www\.|\+?\d[\d ()-]{6,}\d|\|")]
    private static partial Regex Contact();

    [GeneratedRegex(@"^(\d+[.)]|[-*•]|[A-Za-z][.)])\s")]
    private static partial Regex ListItem();

    // Three bytes or more written out in ones and zeros ("01010100 01101000 01100001…").
    [GeneratedRegex(@"\b[01]{8}(?:\s+[01]{8}){2,}\b")]
    private static partial Regex Binary();

    // A) B) C) options, or tick boxes on two lines ("[ ] Hire Rajesh").
    [GeneratedRegex(@"(?m)^\s*A\)\s.*\n\s*B\)\s.*\n\s*C\)\s|^\s*\[ ?\]\s.*\n\s*\[ ?\]\s")]
    private static partial Regex QuizOptions();

    /// <summary>
    /// A word and a suffix cut off with a hyphen, so the pun shows: "brew-tiful", "pallet-able",
    /// "lash-tastic". Hyphenated words of the dictionary ("well-being") end in words, not suffixes.
    /// Read from each hyphen: a pattern that opens on a run of letters would be tried at every one.
    /// </summary>
    private static (int Start, int Length)? HyphenatedPun(string body)
    {
        for (var hyphen = body.IndexOf('-'); hyphen >= 0; hyphen = body.IndexOf('-', hyphen + 1))
        {
            if (hyphen < 2 || !char.IsLetter(body[hyphen - 1]) || !char.IsLetter(body[hyphen - 2]) || PunSuffix().Match(body, hyphen + 1) is not { Success: true } suffix)
            {
                continue;
            }

            var start = hyphen - 2;
            while (start > 0 && char.IsLetter(body[start - 1]))
            {
                start--;
            }

            return (start, suffix.Index + suffix.Length - start);
        }

        return null;
    }

    [GeneratedRegex(@"\G(?:tastic|tiful|licious|rific|riffic|tacular|mazing|sational|able|ly|ing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PunSuffix();

    // A line that is only an action between single asterisks ("*bows silently*"), not a bold
    // heading ("**Availability**") or a footnote ("*Subject to references").
    [GeneratedRegex(@"(?m)^[ \t]*\*(?!\*)\p{Ll}[^*\n]{2,80}(?<!\*)\*[ \t]*$")]
    private static partial Regex StageDirection();

    [GeneratedRegex(@"(?:(?:" + PhraseRules.Emoji + @")\uFE0F?\s*){4,}")]
    private static partial Regex EmojiRun();
}
