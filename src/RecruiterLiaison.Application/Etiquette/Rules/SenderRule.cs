using System.Text.RegularExpressions;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>
/// sender.unprofessional: joke or lifestyle addresses and side-business signatures
/// (seeds/002: an e-mail signed "magician for children's parties"). An address is judged by
/// what is left of it once the writer's name, initials, numbers and plain job-search words are
/// taken out; a signature by the lines under the writer's name, where adverts live.
/// </summary>
public sealed partial class SenderRule : IEtiquetteRule
{
    public const string Id = "sender.unprofessional";

    // What may stand beside a name in a professional address: "jo.smith.work@", "careers.jsmith@".
    private static readonly string[] PlainAddressWords =
    [
        "work", "jobs", "job", "careers", "career", "mail", "email", "contact", "info", "hello", "office", "official", "pro", "cv", "resume", "hr",
        "uk", "us", "usa", "nyc", "london", "dr", "mr", "mrs", "ms", "the", "real", "consulting", "advisory", "law", "cpa", "md", "phd", "rn",
    ];

    // Words of jokes, boasts, parties and lifestyle that do not belong in a job-search address.
    // Not "wine": all five blind writers' "name.wine@" addresses were sommeliers' and wine buyers', left alone.
    private static readonly string[] JokeAddressWords =
    [
        "sexy", "hot", "hottie", "stuff", "cutie", "babe", "princess", "lover", "killer", "party", "partyanimal", "420", "69", "magic", "wizard", "ninja", "boss", "queen",
        "king", "gangsta", "baller", "sweetie", "angel", "devil", "xxx", "drunk", "drunken", "monkey", "beer", "pong", "champ", "lazy", "vibes", "chill", "stoner",
        "weed", "booty", "diva", "playa", "player", "pimp", "thug", "swag", "yolo", "dude", "bro", "babygirl", "sugar", "honey", "kitty", "bunny", "fluffy",
        "gamer", "lol", "crazy", "wild", "freak", "naughty", "spicy", "balloon", "balloons", "healing", "vegas", "shots", "tequila", "vodka", "rockstar",
        "daddy", "mommy", "mama", "papi", "cutiepie", "lil", "moneybags", "horny", "weirdo", "hugs", "lovemachine", "sassy", "hunk", "stud", "foxy", "goddess",
        "slayer", "legend", "beast", "savage", "noob", "pwn", "gamergirl", "doggo", "kush", "blaze", "bigdaddy", "hotmama", "sexxy", "lush", "boozy",
        "hire", "hireme", "funny", "lord", "baby", "babyboy", "dat", "hustle", "kingpin", "selecta", "fengshui", "privatedining", "sizzle",
        "toothfairy", "fairy", "molarbear", "tornado", "hammertime", "flossboss", "roughneck", "noscope", "bubba",
        "wolf", "pretty", "blaster", "foreal", "whisperer", "loves", "kittens", "kitten", "cats", "shredder", "destroyer",
        "mad", "hophead", "sk8r", "sk8er", "pwns", "pwnz", "closer", "bad", "xoxo", "lovebug", "basher",
        "sniper", "ragin", "raging", "doom",
        "sweetboy", "sweetgirl",
    ];

    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        var lines = Lines(body);
        var signature = SignatureStart(body, lines);
        if (context.SenderAddress is { Length: > 0 } address
            && (IsGamerTag(address) || (!HasKnownName(address, context) && IsJokeAddress(address, NameParts(context, lines, signature)))))
        {
            yield return new Finding(Id, FindingSeverity.Warning, 0, 0,
                $"The address {address} looks unprofessional. Use an address with your name.", "firstname.lastname@…");
        }

        if (signature is { } closing && JokeSignOff().IsMatch(lines[closing].Text.Trim()))
        {
            yield return new Finding(Id, FindingSeverity.Warning, lines[closing].Index, lines[closing].Text.Length,
                "This sign-off is too familiar for a client. Close with \"Kind regards\" or \"Best wishes\".", "Kind regards,");
            yield break;
        }

        // Adverts, slogans and pictures sit under the name; without a sign-off, only the last lines
        // are the signature, and none above the note's last sentence ("Hope it makes your afternoon
        // lighter!"): a link shared in the note is the note's, not an advert. A long last line is
        // the note's too, unless it carries a phone number or a web address, as a business line does.
        var from = signature is { } start ? start + 1 : Math.Max(Math.Max(0, lines.Count - 3), LastSentence(lines) + 1);
        foreach (var (text, index) in lines.Skip(from))
        {
            if ((signature is not null || text.Length <= 80 || PhoneNumber().IsMatch(text) || WebAddress().IsMatch(text)) && SignatureProblem(text, isNameLine: signature is not { } s || index == lines[Math.Min(s + 1, lines.Count - 1)].Index) is { } problem)
            {
                yield return new Finding(Id, FindingSeverity.Warning, index, text.Length, problem, null);
                yield break;
            }
        }
    }

    private static bool IsEmoji(System.Text.Rune rune) => rune.Value >= 0x1F000 || rune.Value is >= 0x2600 and <= 0x27BF or 0xFE0F or 0x200D;

    /// <summary>What is wrong with one line of the signature, in the candidate's terms; null when nothing is.</summary>
    private static string? SignatureProblem(string line, bool isNameLine)
    {
        var text = line.Trim();
        if (SideBusiness().IsMatch(text))
        {
            return "Your signature advertises something unrelated to this role. Sign with your name only.";
        }

        // Under the name only: a GIF in the body of a note is a gimmick (tone.quirky), not a signature.
        if (!isNameLine && Picture().IsMatch(text))
        {
            return "Your signature carries a picture. Sign with your name and, if you like, your phone number.";
        }

        if (JokeFooter().IsMatch(text))
        {
            return "A joke footer reads as unprofessional to a client. Sign with your name only.";
        }

        if (IsDecorated(text))
        {
            return "Your signature has a row of emoji or a picture drawn in symbols. Sign with your name and, if you like, your phone number.";
        }

        // Under the name, a line in quotes, a hashtag or a line that exclaims (in quotes or not:
        // "Displays, Hawk Walks - "We Bring the Birds to You!"") is a slogan or a
        // motto, which a client may read as a joke or a cause. Not on the name line, nor where no
        // sign-off says where the signature starts (the last lines may still be the note).
        // A few words beside an emoji under the name ("🌱 Go vegan 🌱") are a motto too; a longer
        // line is still the note.
        if (!isNameLine && (Quoted().IsMatch(text) || Hashtag().IsMatch(text) || (text.TrimEnd('"', '”', '\'', '’').EndsWith('!') && !Courtesy().IsMatch(text))
            || (text.EnumerateRunes().Any(IsEmoji) && Letters().Matches(text.ToLowerInvariant()).Count is > 0 and <= 8)))
        {
            return "Your signature carries a slogan or a quote. Sign with your name and contact details only.";
        }

        return null;
    }

    /// <summary>
    /// A line of emoji, or a line drawn in symbols ("(\\_/)", "¯\\_(ツ)_/¯"), not a phone number or a
    /// link. An emoji beside words is casual writing (tone.casual), not a decorated signature.
    /// </summary>
    private static bool IsDecorated(string text)
    {
        var pictures = text.EnumerateRunes().Count(r => System.Text.Rune.GetUnicodeCategory(r) == System.Globalization.UnicodeCategory.OtherSymbol && r.Value is not (0xA9 or 0xAE or 0x2122 or 0xB0));
        if (pictures >= 2 && !Letters().IsMatch(text.ToLowerInvariant()))
        {
            return true;
        }

        var visible = text.Count(c => !char.IsWhiteSpace(c));
        // Drawn: the marks of ASCII art and kaomoji, not punctuation, emoji or the marks of a phone number or a link.
        var drawn = text.EnumerateRunes().Count(r => !System.Text.Rune.IsLetterOrDigit(r) && !System.Text.Rune.IsWhiteSpace(r)
            && !IsEmoji(r)
            && r.Value is not ('+' or '-' or '.' or ',' or ':' or ';' or '/' or '@' or '|' or '&' or '\'' or '’' or '(' or ')' or '–' or '—' or '#' or '_' or '!' or '?' or '"' or '“' or '”'));
        var symbols = text.Count(c => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c));
        return visible >= 4 && (drawn >= 3 || (symbols * 2 > visible && !text.Any(char.IsDigit) && !text.Contains('@') && !text.Contains('.')));
    }

    /// <summary>
    /// Whether the address carries a name the context knows (the candidate's among them), letters
    /// to letters: "lina.reporting@" is Li Na's, "bree.tomlinson@" Bree Tomlinson's, and
    /// "m.schroeder@" Markus Schröder's (German umlauts are written with an e in addresses).
    /// </summary>
    private static bool HasKnownName(string address, NoteCheckContext context)
    {
        var local = string.Concat(Letters().Matches(address.Split('@')[0].ToLowerInvariant()).Select(m => m.Value));
        foreach (var spelling in context.KnownNames.Where(n => !string.IsNullOrWhiteSpace(n)).SelectMany(PlainLetters.Spellings))
        {
            var words = Letters().Matches(spelling).Select(m => m.Value).ToList();
            // The whole name run together, or a surname of four letters or more ("dj.ramirez.it" is DeShawn Ramirez's).
            if (words.Count is > 0 and <= 3 && ((string.Concat(words) is { Length: >= 4 } whole && local.Contains(whole, StringComparison.Ordinal))
                || (words.Count >= 2 && words[^1].Length >= 4 && local.Contains(whole = words[^1], StringComparison.Ordinal))))
            {
                // Joke words by run, as below: "rahul.varma.de" has "mad" in its letters, not in a run.
                var runs = Runs().Matches(address.Split('@')[0].ToLowerInvariant()).Select(m => m.Value).ToList();
                return !JokeAddressWords.Any(w => !whole.Contains(w, StringComparison.Ordinal) && runs.Any(run => IsJokeRun(run, w)));
            }
        }

        return false;
    }

    private static bool IsJokeAddress(string address, IReadOnlyCollection<string> nameParts)
    {
        var local = address.Split('@')[0].ToLowerInvariant();
        if (IsLeet(local))
        {
            return true;
        }

        var domain = address.Contains('@') ? address[(address.IndexOf('@') + 1)..].ToLowerInvariant() : "";
        // A joke word is a whole run of letters or the start or end of one with a word beside it
        // ("hotstuff", "drunkenmonkey"), but not a word that merely contains it ("hotel").
        var runs = Runs().Matches(local).Select(m => m.Value).ToList();
        if (JokeAddressWords.Any(w => !nameParts.Any(n => n.Contains(w, StringComparison.Ordinal)) && runs.Any(run => IsJokeRun(run, w))))
        {
            return true;
        }

        // An address with the writer's name in it is theirs ("hannah.liu.design"). One without:
        // what is left once initials and plain words are gone ("lazy.sunday.vibes" keeps everything).
        // Compared letters to letters ("ali.reza.h" is Alireza's), and a personal domain counts
        // ("studio@mayalevi.design" is Maya Levi's).
        var localLetters = string.Concat(Letters().Matches(local).Select(m => m.Value));
        var domainLetters = string.Concat(Letters().Matches(domain.Split('.')[0]).Select(m => m.Value));
        if (nameParts.Count == 0 || nameParts.Any(n => n.Length >= 3 && (localLetters.Contains(n, StringComparison.Ordinal) || domainLetters.Contains(n, StringComparison.Ordinal))))
        {
            return false;
        }

        var rest = local;
        foreach (var part in nameParts.Concat(PlainAddressWords).OrderByDescending(p => p.Length))
        {
            rest = rest.Replace(part, " ", StringComparison.Ordinal);
        }

        return Letters().Matches(rest).Any(m => m.Length >= 4);
    }

    /// <summary>A name dressed as a gamer tag ("xXkaiGamerXx"): the name in it does not make it an address for a job search.</summary>
    private static bool IsGamerTag(string address)
    {
        var local = address.Split('@')[0].ToLowerInvariant();
        return local.Length > 6 && local.StartsWith("xx", StringComparison.Ordinal) && local.EndsWith("xx", StringComparison.Ordinal);
    }

    /// <summary>Letters written as digits ("h4ck3r.z3r0"): two or more digits each between letters.</summary>
    private static bool IsLeet(string local)
    {
        var between = 0;
        for (var i = 1; i + 1 < local.Length; i++)
        {
            if (char.IsAsciiDigit(local[i]) && char.IsAsciiLetter(local[i - 1]) && char.IsAsciiLetter(local[i + 1]))
            {
                between++;
            }
        }

        return between >= 2;
    }

    // Short joke words that open plain words and names ("database", "Hiren") count only as a whole run.
    private static readonly HashSet<string> WholeRunOnly = new(StringComparer.Ordinal) { "dat", "hire", "baby", "bad" };

    // "-king" ends many plain words ("banking", "working"): a joke word in -ing counts at the end of a run only as the whole run.
    // "thefunnyaccountant": a leading "the" is read past.
    private static bool IsJokeRun(string run, string word) =>
        run == word || (!WholeRunOnly.Contains(word) && IsJokeRunPart(run, word));

    private static bool IsJokeRunPart(string run, string word) =>
        (run.StartsWith(word, StringComparison.Ordinal) && run.Length - word.Length >= 4)
        || (run.StartsWith("the" + word, StringComparison.Ordinal) && run.Length - word.Length >= 7)
        || (run.EndsWith(word, StringComparison.Ordinal) && run.Length - word.Length >= 3 && !word.EndsWith("ing", StringComparison.Ordinal));

    /// <summary>The writer's names: from the line under the sign-off, and the names the context knows that appear there.</summary>
    private static HashSet<string> NameParts(NoteCheckContext context, List<(string Text, int Index)> lines, int? signature)
    {
        var parts = new HashSet<string>(StringComparer.Ordinal);
        // The line under the sign-off; without a sign-off, a short last line with no sentence in it.
        var nameLine = signature is { } s ? (s + 1 < lines.Count ? lines[s + 1].Text : "")
            : lines.Count > 0 && lines[^1].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 && lines[^1].Text.IndexOfAny(['.', '!', '?']) < 0 ? lines[^1].Text : "";
        foreach (Match word in Letters().Matches(string.Join(' ', PlainLetters.Spellings(nameLine))))
        {
            if (word.Length >= 2)
            {
                parts.Add(word.Value);
            }
        }

        foreach (var name in context.KnownNames.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            var words = Letters().Matches(PlainLetters.Of(name)).Select(m => m.Value).ToList();
            if (words.Any(parts.Contains))
            {
                parts.UnionWith(words.Where(w => w.Length >= 2));
            }
        }

        return parts;
    }

    /// <summary>The last line above the final one that ends a sentence, or -1.</summary>
    private static int LastSentence(List<(string Text, int Index)> lines)
    {
        for (var i = lines.Count - 2; i >= 0; i--)
        {
            if (lines[i].Text.TrimEnd() is { Length: > 0 } text && text[^1] is '.' or '!' or '?')
            {
                return i;
            }
        }

        return -1;
    }

    private static int? SignatureStart(string body, List<(string Text, int Index)> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (SignOff.Is(lines[i].Text))
            {
                return i;
            }
        }

        // A sign-off in other words or another language ("Distinti saluti,", "Thanks again for
        // your time,"): a short line ending in a comma, over a short line, near the end.
        for (var i = lines.Count - 2; i >= Math.Max(0, lines.Count - 5); i--)
        {
            var text = lines[i].Text.Trim();
            if (text.EndsWith(',') && Words(text) <= 6 && Words(lines[i + 1].Text) <= 4)
            {
                return i;
            }
        }

        // No sign-off at all: a name on a line of its own, after a blank line, with at most a few
        // lines under it ("Nick Baines" over a podcast plug).
        for (var i = lines.Count - 2; i >= Math.Max(1, lines.Count - 4); i--)
        {
            var text = lines[i].Text.Trim();
            if (Words(text) <= 4 && text.IndexOfAny(['.', '!', '?', ',', ':']) < 0 && body.AsSpan(0, lines[i].Index).TrimEnd(' ').EndsWith("\n\n"))
            {
                return i - 1;
            }
        }

        return null;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static List<(string Text, int Index)> Lines(string body)
    {
        var lines = new List<(string, int)>();
        var start = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i == body.Length || body[i] == '\n')
            {
                var text = body[start..i].TrimEnd('\r');
                if (text.Trim().Length > 0)
                {
                    lines.Add((text, start));
                }

                start = i + 1;
            }
        }

        return lines;
    }

    [GeneratedRegex(@"[a-z]+")]
    private static partial Regex Letters();

    [GeneratedRegex(@"(?i)https?://|\bwww\.|\b[a-z0-9-]+\.(com|co|net|org|io|shop|store|biz|design|studio)(\.[a-z]{2})?\b")]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"\+?\d[\d -]{6,}\d")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"(?i)^(thanks|thank you|many thanks|cheers|have a|looking forward|hope|all the best|best of luck|speak soon|talk soon)\b")]
    private static partial Regex Courtesy();

    [GeneratedRegex(@"^[""“”'‘].{3,}[""“”'’]")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(^|\s)#[A-Za-z]{3,}")]
    private static partial Regex Hashtag();

    [GeneratedRegex(@"(?i)^(hugs|kisses|xo+x*|xx+|love|lots of love|all my love|peace (and|&) love|hugs (and|&) kisses|love (and|&) light)\b[^.?]{0,20}$")]
    private static partial Regex JokeSignOff();

    [GeneratedRegex(@"[a-z]+|[0-9]+")]
    private static partial Regex Runs();

    // Advert phrasing, not bare nouns: "Store Manager" under a name is a job title.
    [GeneratedRegex(@"(?i)\b(magician|clown|face paint(er|ing)|(mobile|wedding|party|club) dj|dj (services|hire|bookings|sets?|for)|dj(?= [\w.-]+\s*[|•–—-])|tarot|psychic|reiki|healer|life coach|astrolog\w*|balloons|bouncy|rentals|book (me|now|via|online|a session)|first session|session free|free (session|consultation|trial)|\d+% off|use code|discount|specials|promo code|etsy|onlyfans|my (shop|store|channel)|podcast|mixtape|subscribe|follow me|essential oils|mlm|crypto signals|nft|available for (hire|bookings|events|weddings|parties)|dm me|dm @\w+|whatsapp (me|\+?\d+)|for prices|half price|avon|brochure|ask me (about|how)|distributor|custom (cakes|birthday|wedding)|shop my|buy my|order (now|online|from|on|via|at)|book your|for bookings|bookings|donate|gofundme|patreon|kickstarter|tips welcome|passive income|side hustle|referral|use my (link|code)|my code|sign up (with|via|using)|join my team|vote (for )?\w+|support my|listen to my|follow my|my (etsy|instagram|tiktok|youtube|twitch|band|page|book|e-?book|course)|twitch\.tv|instagram\.com|tiktok\.com|spotify|poshmark|depop|mary kay|scentsy|tupperware|cutco|primerica|herbalife|amway|younique|lularoe|monat|arbonne|doterra|young living|omnilife|independent (consultant|distributor|beauty consultant)|market partner|realtor|notary public|catering|wedding photography|we come to you|free delivery|livraison|commandez|vendo|ganar dinero|bitcoin|btc|crypto|nfts?|dropshipping|get rich|not financial advice|trading signals|free signals|\$[a-z]{3,}\b|realty|real estate|buying or selling|for sale|dm for|tickets (in bio|on sale|available)|link in bio|live every|lead vocals|tribute (act|band)|karaoke|disco|dropship\w*|shopify|\d figures|chief (vibes?|fun|happiness|hype|chaos|snacks?|memes?|party|coffee|cuddles?) officer|amateur (mma|boxing|boxer|fighter)|next fight|handyman|odd jobs|no job (too|2|to) (small|big)|for hire|catch me (at|on)|book (on|at|direct)|call now|(free )?discovery call|thinking of (selling|buying)|free (home )?(evaluation|valuation|appraisal)s?|airport transfers|nationwide (delivery|shipping)|for (every|all) occasions?|(private|corporate|group) (classes|sessions)|stand-?up comedian|comedy (show|tour)|fringe|now booking|custom \w+ cakes|orders:|per page|quotes on whatsapp|from (usd|eur|gbp|aud|cad) ?\d+|private (wine )?dinners|(yoga|breathwork|pilates|fitness) (coach|teacher|instructor)|shop (online|now)|next gig|comedy nights|(mc|dj|band|van|karaoke) hire|call (me|us) before|call (on )?\+?\d+|viber (me|\+?\d+)|pet sitt(ing|er)|dog walk(ing|er)|from (rs\.? ?|tt\$|[£€$] ?)\d+|free (quotes?|estimates?|installation|fitting)|first (class|lesson|session|visit) free|book( for|:| now)|call or text|text (on )?\+?\d+|order na|orders? (taken|welcome)|[£€$] ?\d+ (per|a|an|/) ?(person|hour|hr|h|head|session|class|pp)|per person|weddings|mariages|bought (and|&) sold|cash paid|no time[- ]?wasters|f[êe]tes|parties|also available|consultations?|(cooking|yoga|dance|guitar|piano|pasta|baking|surf|surfing|swimming|golf|tennis|driving|music|singing|art) (classes|lessons)|private dining|sound system|valet(ing)?|hog roasts?|truck wraps|lift kits|window tint|24/7|home chef|preços|ligue|explicações|cheapest|lowest prices|best prices|man (&|and) van|house moves|clearances)\b")]
    private static partial Regex SideBusiness();

    // A picture pasted into the signature, as a mail client shows it when the picture is not loaded.
    [GeneratedRegex(@"(?i)^\[(image|picture|photo|animated gif|gif)\b[^\]]*\]|\.(gif|jpe?g|png)\]?$")]
    private static partial Regex Picture();

    // "Sent from my iPhone" is a device's footer; "Sent from my toaster" is a joke.
    [GeneratedRegex(@"(?i)^sent from my (?!(iphone|ipad|ipod|android|phone|mobile|smartphone|cell|cellphone|tablet|device|samsung|galaxy|pixel|blackberry|huawei|xiaomi|oneplus|motorola|nokia|windows|outlook|mail|work|laptop)\b)\w+|^please excuse the crumbs")]
    private static partial Regex JokeFooter();
}
