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
    private static readonly string[] JokeAddressWords =
    [
        "sexy", "hot", "hottie", "stuff", "cutie", "babe", "princess", "lover", "killer", "party", "partyanimal", "420", "69", "magic", "wizard", "ninja", "boss", "queen",
        "king", "gangsta", "baller", "sweetie", "angel", "devil", "xxx", "drunk", "drunken", "monkey", "beer", "pong", "champ", "lazy", "vibes", "chill", "stoner",
        "weed", "booty", "diva", "playa", "player", "pimp", "thug", "swag", "yolo", "dude", "bro", "babygirl", "sugar", "honey", "kitty", "bunny", "fluffy",
        "gamer", "lol", "crazy", "wild", "freak", "naughty", "spicy", "balloon", "balloons", "healing", "vegas", "shots", "tequila", "vodka", "wine", "rockstar",
    ];

    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        var lines = Lines(body);
        var signature = SignatureStart(lines);
        if (context.SenderAddress is { Length: > 0 } address && IsJokeAddress(address, NameParts(context, lines, signature)))
        {
            yield return new Finding(Id, FindingSeverity.Warning, 0, 0,
                $"The address {address} looks unprofessional. Use an address with your name.", "firstname.lastname@…");
        }

        // Adverts sit under the name; without a sign-off, only the last lines are the signature.
        var from = signature is { } start ? start + 1 : Math.Max(0, lines.Count - 3);
        foreach (var (text, index) in lines.Skip(from))
        {
            if ((signature is not null || text.Length <= 80) && SideBusiness().Match(text) is { Success: true })
            {
                yield return new Finding(Id, FindingSeverity.Warning, index, text.Length,
                    "Your signature advertises something unrelated to this role. Sign with your name only.", null);
                yield break;
            }
        }
    }

    private static bool IsJokeAddress(string address, IReadOnlyCollection<string> nameParts)
    {
        var local = address.Split('@')[0].ToLowerInvariant();
        // A joke word is a whole run of letters or the start or end of one with a word beside it
        // ("hotstuff", "drunkenmonkey"), but not a word that merely contains it ("hotel").
        var runs = Runs().Matches(local).Select(m => m.Value).ToList();
        if (JokeAddressWords.Any(w => !nameParts.Any(n => n.Contains(w, StringComparison.Ordinal)) && runs.Any(run => IsJokeRun(run, w))))
        {
            return true;
        }

        // An address with the writer's name in it is theirs ("hannah.liu.design"). One without:
        // what is left once initials and plain words are gone ("lazy.sunday.vibes" keeps everything).
        if (nameParts.Count == 0 || nameParts.Any(n => n.Length >= 3 && local.Contains(n, StringComparison.Ordinal)))
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

    private static bool IsJokeRun(string run, string word) =>
        run == word || (run.StartsWith(word, StringComparison.Ordinal) && run.Length - word.Length >= 4) || (run.EndsWith(word, StringComparison.Ordinal) && run.Length - word.Length >= 3);

    /// <summary>The writer's names: from the line under the sign-off, and the names the context knows that appear there.</summary>
    private static HashSet<string> NameParts(NoteCheckContext context, List<(string Text, int Index)> lines, int? signature)
    {
        var parts = new HashSet<string>(StringComparer.Ordinal);
        // The line under the sign-off; without a sign-off, a short last line with no sentence in it.
        var nameLine = signature is { } s ? (s + 1 < lines.Count ? lines[s + 1].Text : "")
            : lines.Count > 0 && lines[^1].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 && lines[^1].Text.IndexOfAny(['.', '!', '?']) < 0 ? lines[^1].Text : "";
        foreach (Match word in Letters().Matches(nameLine.ToLowerInvariant()))
        {
            if (word.Length >= 2)
            {
                parts.Add(word.Value);
            }
        }

        foreach (var name in context.KnownNames.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            var words = Letters().Matches(name.ToLowerInvariant()).Select(m => m.Value).ToList();
            if (words.Any(parts.Contains))
            {
                parts.UnionWith(words.Where(w => w.Length >= 2));
            }
        }

        return parts;
    }

    private static int? SignatureStart(List<(string Text, int Index)> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (SignOff.Is(lines[i].Text))
            {
                return i;
            }
        }

        return null;
    }

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

    [GeneratedRegex(@"[a-z]+|[0-9]+")]
    private static partial Regex Runs();

    // Advert phrasing, not bare nouns: "Store Manager" under a name is a job title.
    [GeneratedRegex(@"(?i)\b(magician|clown|face paint(er|ing)|dj|tarot|psychic|reiki|healer|life coach|astrolog\w*|balloons|bouncy|rentals|book (me|now|via|online|a session)|first session|session free|free (session|consultation|trial)|\d+% off|use code|discount|specials|promo code|etsy|onlyfans|my (shop|store|channel)|podcast|mixtape|subscribe|follow me|essential oils|mlm|crypto signals|nft|available for (hire|bookings|events)|dm me|whatsapp me|for prices|half price|avon|brochure|ask me about|distributor|custom (cakes|birthday|wedding))\b")]
    private static partial Regex SideBusiness();
}
