using System.Text.RegularExpressions;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>
/// Tone and content rules as readable phrase patterns: each line says what it catches, why,
/// and what to write instead. No black box: a recruiter can read and extend this table.
/// </summary>
public sealed class PhraseRules : IEtiquetteRule
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly Phrase[] Phrases =
    [
        // tone.angry: anger, blame, disparaging the interviewer or company, ultimatums (seeds/002 "Being angry")
        new("tone.angry", FindingSeverity.Warning, @"\b(unacceptable|ridiculous|outrageous|appalling|disgraceful|pathetic|insulting)\b", "This word reads as anger. Even when you are frustrated, a calm note keeps the door open.", null),
        new("tone.angry", FindingSeverity.Warning, @"\b(waste|wasted|wasting) (of )?(my|our) time\b", "Telling the client they wasted your time ends the conversation. Let your recruiter raise delays.", null),
        new("tone.angry", FindingSeverity.Warning, @"\b(how dare you|shame on you|you people|incompetent|clueless|so rude|very rude|disrespectful|unprofessional of you)\b", "This blames or belittles the reader. Your recruiter can pass on concerns in a way that protects you.", null),
        new("tone.angry", FindingSeverity.Warning, @"\b(ghosted|ignored me|ignoring me|ignoring my)\b", "Accusing the client of ignoring you reads as anger. Your recruiter will chase feedback for you.", null),
        new("tone.angry", FindingSeverity.Warning, @"\b(or else|last chance|final warning|i will (be )?(take|taking) my (talents|skills) elsewhere)\b", "This is an ultimatum. Ultimatums rarely get the answer you want.", null),
        new("tone.angry", FindingSeverity.Warning, @"\bi can'?t believe (you|that you|nobody|no one)\b", "This reads as exasperation. State the facts calmly or leave it to your recruiter.", null),

        // tone.aggressive: pressure and persistence (seeds/002 "Being aggressive", seeds/001)
        new("tone.aggressive", FindingSeverity.Warning, @"\b(asap|a\.s\.a\.p\.?)\b", "\"ASAP\" pressures the reader. If timing matters, give a date and the reason.", "by <a date>, because <reason>"),
        new("tone.aggressive", FindingSeverity.Warning, @"\bcall me (back )?(today|tonight|now|immediately|right away)\b", "Demanding a call pressures the client. Your recruiter arranges calls.", null),
        new("tone.aggressive", FindingSeverity.Warning, @"\bi (expect|demand|insist on|require) (a|an|your) (answer|decision|response|reply|update|offer)\b", "Demanding a decision reads as pushy. The recruiter has agreed when feedback is due.", null),
        new("tone.aggressive", FindingSeverity.Warning, @"\b(by|before) (the )?(end|close) of (the )?(day|business|today)\b|\bby (today|tonight|tomorrow morning)\b", "A deadline on the client reads as pressure. If you have a real deadline, tell your recruiter.", null),
        new("tone.aggressive", FindingSeverity.Warning, @"\b(respond|reply|answer|get back to me) (immediately|right away|urgently|now)\b|\burgent(ly)? (response|reply|answer|decision)\b", "Pressing for an urgent reply reads as aggressive.", null),
        new("tone.aggressive", FindingSeverity.Warning, @"\b(following up|checking in|chasing) (again|once more|for the (second|third|fourth|\d+(st|nd|rd|th)) time)\b|\bas i (said|mentioned) in my (last|previous|earlier) (email|e-mail|note|message)s?\b", "Repeated follow-ups read as persistence. Your recruiter is already chasing.", null),
        new("tone.aggressive", FindingSeverity.Warning, @"\bi have (another|(two|three|several|\w+ )?other|competing) (offers?|processes?|companies?|interviews?)\b[^.!?\n]*\b(quickly|soon|fast|deadline|decide|moving|wait)\b", "Using other offers as leverage pressures the client. Tell your recruiter; they can manage the timing.", null),
        new("tone.aggressive", FindingSeverity.Warning, @"!{2,}", "Several exclamation marks read as shouting.", "."),

        // tone.casual: slang, text-speak, "hey", emoji (seeds/002 "Overly casual, sloppy")
        new("tone.casual", FindingSeverity.Warning, @"^\s*(hey|hiya|heya|yo|sup|howdy|hey there)\b", "\"Hey\" is too casual for a client. Open with \"Dear\" or \"Hello\" and their name.", "Dear"),
        new("tone.casual", FindingSeverity.Warning, @"\b(gonna|wanna|gotta|kinda|sorta|dunno|ya know|y'all|cuz|coz)\b", "This is slang. Write the full words.", null),
        new("tone.casual", FindingSeverity.Warning, @"\b(lol|lmao|rofl|omg|btw|tbh|imo|imho|idk|fyi|thx|tnx|pls|plz|cya|ttyl|brb|np)\b", "Text-speak looks careless in a note to a client. Write it out in full.", null),
        new("tone.casual", FindingSeverity.Warning, @"(?<![\w'])(u|ur|r|y)(?![\w'])(?=\s+[a-z])", "Single-letter text-speak (\"u\", \"ur\") looks careless. Write the full word.", null),
        new("tone.casual", FindingSeverity.Warning, @"(?-i)(?<![\w'])i(?=\s|'m|'ve|'d|'ll)", "\"I\" is always a capital letter.", "I"),
        new("tone.casual", FindingSeverity.Warning, @"\b(dude|mate|buddy|bro|guys)\b", "This is too familiar for a client.", null),
        new("tone.casual", FindingSeverity.Warning, @"(:-?\)|;-?\)|:-?D|:-?P|<3|xoxo|\bxx+\b)", "Smileys and kisses are too casual for a client.", null),
        new("tone.casual", FindingSeverity.Warning, @"[\u2600-\u27BF]|[\uD83C-\uD83E][\uDC00-\uDFFF]", "Emoji are too casual for a client.", null),
        new("tone.casual", FindingSeverity.Warning, @"\b(cheers|ta|later|peace( out)?)\s*[,!.]?\s*$", "This sign-off is too casual. \"Kind regards\" or \"Best regards\" works everywhere.", "Kind regards,"),
        new("tone.casual", FindingSeverity.Warning, @"\b(super|totally|so so|sooo+|realllly+|awesome|epic|stoked|psyched)\b", "This is conversational slang. Plain words read as more confident.", null),

        // tone.quirky: jokes, gimmicks, trying to be "unique or different" (seeds/000)
        new("tone.quirky", FindingSeverity.Warning, @"\b(knock,? knock|here'?s a (joke|riddle|fun fact)|fun fact|a little (poem|haiku|song)|i wrote (you )?a (poem|haiku|song|rap))\b", "Jokes and gimmicks can backfire, especially with senior people. Let your experience speak.", null),
        new("tone.quirky", FindingSeverity.Warning, @"\b(rock ?star|ninja|unicorn|wizard|jedi|superhero|spirit animal|guru)\b", "Novelty titles read as gimmicks. Describe what you did instead.", null),
        new("tone.quirky", FindingSeverity.Warning, @"\b(not like (the )?other candidates|stand out from the (crowd|rest)|something (a little )?different|to be (a bit )?(unique|memorable)|outside the box)\b", "Trying to be different often backfires; a short, sincere note stands out more.", null),
        new("tone.quirky", FindingSeverity.Warning, @"\b(i (baked|made|sent|am sending) (you )?(some )?(cookies|cupcakes|a cake|a gift|flowers)|attached (is )?a (video|song|meme|gif))\b", "Gifts and attachments like this are gimmicks; they make clients uncomfortable.", null),

        // tone.desperate: pleading, over-apologising (seeds/001, seeds/002)
        new("tone.desperate", FindingSeverity.Warning, @"\b(i (really|truly|desperately)? ?need this (job|role|position)|i('m| am) (begging|desperate)|please,? please|i('ll| will) do anything|please give me a chance|you('re| are) my (last|only) hope|my family (depends|is depending))\b", "Pleading weakens your position. Say what you offer and that you are interested.", null),
        new("tone.desperate", FindingSeverity.Warning, @"\b(so|very|really|terribly|truly) sorry (to|for) (bother|bothering|disturb|disturbing|trouble|troubling|the trouble)\b|\bsorry (again|once again) for\b|\bi apologi[sz]e (again|for (bothering|disturbing|taking up))\b", "Over-apologising undercuts you. You are entitled to follow up politely.", null),

        // content.personal: invitations, personal remarks, social media (seeds/002, seeds/001)
        new("content.personal", FindingSeverity.Warning, @"\b(grab|get|have|go for|take you (out )?(to|for)|buy you) (a |some )?(coffee|drink|drinks|beer|beers|dinner|lunch|a bite)\b(?! (meeting|chat) with the team)", "Inviting the interviewer out is too personal during a hiring process.", null),
        new("content.personal", FindingSeverity.Warning, @"\b(connect|link up|add (you|me)|follow (you|me)) (with you )?on (linkedin|facebook|instagram|twitter|x|tiktok|snapchat)\b|\b(sent|send|sending) (you )?a (linkedin|facebook|friend) (request|invitation|invite)\b", "Social-media requests to an interviewer can look presumptuous while you are being assessed. Wait until the process ends.", null),
        new("content.personal", FindingSeverity.Warning, @"\byou (looked|look|seemed|seem) (great|beautiful|lovely|gorgeous|stunning|hot|cute|pretty|handsome)\b|\byour (smile|eyes|hair|outfit|dress|perfume)\b", "Remarks about someone's appearance are inappropriate in a professional note.", null),
        new("content.personal", FindingSeverity.Warning, @"\b(text me|my (personal )?(mobile|cell|phone) number is|call me on my (mobile|cell)|are you single|date sometime)\b", "Personal contact requests do not belong in a note to the client; your recruiter handles contact.", null),

        // content.revisits-answers: re-answering interview questions (seeds/004, seeds/000)
        new("content.revisits-answers", FindingSeverity.Warning, @"\b(to (add|expand) (to|on) my (answer|response)|to clarify my (answer|response)|i (should|would) have (said|answered|mentioned)|i forgot to (mention|say)|i didn'?t (get to|get a chance to|have a chance to|have time to) (mention|say|explain|talk about)|(when|where) you asked (me )?(about|whether|if|why|how))\b", "Re-answering interview questions rarely changes the outcome and can look anxious. Tell your recruiter; they can raise it with the client if it matters.", "Tell your recruiter this point instead."),
        new("content.revisits-answers", FindingSeverity.Warning, @"\b(my answer (to|about|on) (the|your) question|regarding (the|your) question (about|on)|another (point|thing) i wanted to (make|add)|i wanted to revisit)\b", "This revisits the interview. Route it through your recruiter.", "Tell your recruiter this point instead."),
    ];

    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        foreach (var phrase in Phrases)
        {
            foreach (Match match in phrase.Pattern.Matches(body))
            {
                yield return new Finding(phrase.Rule, phrase.Severity, match.Index, match.Length, phrase.Message, phrase.Suggestion);
            }
        }
    }

    /// <summary>The rule ids this table can raise.</summary>
    public static IReadOnlyCollection<string> Rules => Phrases.Select(p => p.Rule).Distinct().ToList();

    private sealed record Phrase(string Rule, FindingSeverity Severity, string Regex, string Message, string? Suggestion)
    {
        public Regex Pattern { get; } = new(Regex, Options | RegexOptions.Multiline, TimeSpan.FromSeconds(1));
    }
}
