using System.Text.RegularExpressions;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>
/// The marks of casual writing, shouting and sarcasm that are about characters rather than words
/// (a "hey" opening, text-speak, "i", smileys, emoji, "!!!", scare quotes), as readable patterns: each line
/// says what it catches, why, and what to write instead. The tone and content rules that are
/// about words live in the lexicons (Etiquette/Lexicons/*.txt).
/// </summary>
public sealed class PhraseRules : IEtiquetteRule
{
    /// <summary>One emoji: a dingbat or symbol, or a surrogate pair from the emoji planes.</summary>
    public const string Emoji = @"[\u2600-\u27BF]|[\uD83C-\uD83E][\uDC00-\uDFFF]";

    // Interpreted, not compiled: compiling nine patterns costs more at start-up than notes spend matching them.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Phrase[] Phrases =
    [

        // tone.aggressive: runs of exclamation marks (the words of pressure are in Lexicons/tone.aggressive.txt)
        new("tone.aggressive", FindingSeverity.Warning, @"!{3,}|\?{2,}!+|!+\?{2,}", "A run of exclamation marks reads as shouting.", "."),

        // tone.angry: the client's own word held up in quotation marks, the "feedback", a 'senior' panel: sarcasm, whatever the words around it
        new("tone.angry", FindingSeverity.Warning, @"\b(?:the|your|a|so-called|this|that)\s+[""“‘'](?:(?:quick|informal|brief|short|little|friendly) )?(?:feedback|process|urgent|senior|update|decision|opportunity|interview|assessment|fit|professional|team|offer|review|timeline|priority|courtesy|communication|experience|chat)[""”’']", "Quotation marks around the client's own word read as sarcasm.", null),

        // tone.casual: "hey", "u", "i", smileys, emoji, sign-offs (seeds/002 "Overly casual, sloppy"); slang and text-speak are in Lexicons/tone.casual.txt
        new("tone.casual", FindingSeverity.Warning, @"^\s*(hey|hiya|heya|yo|sup|howdy|hey there)\b", "\"Hey\" is too casual for a client. Open with \"Dear\" or \"Hello\" and their name.", "Dear"),
        new("tone.casual", FindingSeverity.Warning, @"(?-i)(?<![\w'])(u|ur|r|y)(?![\w'])(?=\s+[a-z])", "Single-letter text-speak (\"u\", \"ur\") looks careless. Write the full word.", null),
        new("tone.casual", FindingSeverity.Warning, @"(?-i)(?<![\w'])i(?=\s|'m|'ve|'d|'ll)", "\"I\" is always a capital letter.", "I"),
        // X's after digits blank out a number ("+381 63 XXX XXXX"); they are not kisses.
        new("tone.casual", FindingSeverity.Warning, @"(:-?\)|;-?\)|:-?D|:-?P|<3|xoxo|(?<!\d[\dx -]*)\bxx+\b)", "Smileys and kisses are too casual for a client.", null),
        // Emoji under the sign-off belong to the signature, which the sender rule judges.
        new("tone.casual", FindingSeverity.Warning, Emoji, "Emoji are too casual for a client.", null) { BodyOnly = true },
        new("tone.casual", FindingSeverity.Warning, @"^\s*(ta|later|laters|peace( out)?|toodles|xo)\s*[,!.]?\s*$", "This sign-off is too casual. \"Kind regards\" or \"Best regards\" works everywhere.", "Kind regards,"),
        new("tone.casual", FindingSeverity.Warning, @"(?-i)\b(sooo+|realllly+|awesome|epic|stoked|psyched|amazeballs)\b", "This is conversational slang. Plain words read as more confident.", null),




    ];

    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        var signature = -1;
        foreach (var phrase in Phrases)
        {
            foreach (Match match in phrase.Pattern.Matches(body))
            {
                if (phrase.BodyOnly && match.Index >= (signature = signature < 0 ? SignOff.SignatureStart(body) : signature))
                {
                    continue;
                }

                yield return new Finding(phrase.Rule, phrase.Severity, match.Index, match.Length, phrase.Message, phrase.Suggestion);
            }
        }
    }

    /// <summary>The rule ids this table can raise.</summary>
    public static IReadOnlyCollection<string> Rules => Phrases.Select(p => p.Rule).Distinct().ToList();

    private sealed record Phrase(string Rule, FindingSeverity Severity, string Regex, string Message, string? Suggestion)
    {
        public Regex Pattern { get; } = new(Regex, Options | RegexOptions.Multiline, TimeSpan.FromSeconds(1));

        /// <summary>Only in the note's text above the signature.</summary>
        public bool BodyOnly { get; init; }
    }
}
