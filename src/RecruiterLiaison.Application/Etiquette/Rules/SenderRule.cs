using System.Text.RegularExpressions;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>
/// sender.unprofessional: joke addresses and side-business signatures
/// (seeds/002: an e-mail signed "magician for children's parties").
/// </summary>
public sealed partial class SenderRule : IEtiquetteRule
{
    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        if (context.SenderAddress is { Length: > 0 } address && JokeAddress().IsMatch(address.Split('@')[0]))
        {
            yield return new Finding("sender.unprofessional", FindingSeverity.Warning, 0, 0,
                $"The address {address} looks unprofessional. Use an address with your name.", "firstname.lastname@…");
        }

        foreach (Match match in SideBusiness().Matches(body))
        {
            yield return new Finding("sender.unprofessional", FindingSeverity.Warning, match.Index, match.Length,
                "Your signature advertises something unrelated to this role. Sign with your name only.", null);
        }
    }

    [GeneratedRegex(@"(sexy|hott?ie|hot(?=[\d._-])|cutie|babe|princess|lover|killer|party|partyanimal|420|69|magic|wizard|ninja|boss|queen|king|princess|gangsta|baller|sweetie|angel|devil|xxx)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JokeAddress();

    [GeneratedRegex(@"(?im)^.*\b(magician|clown|face painter|dj|tarot|psychic|available for (children'?s )?(parties|parties and events|hire|bookings)|book me for|visit my (etsy|shop|store|onlyfans|channel)|check out my (etsy|shop|store|channel|podcast|mixtape)|essential oils|mlm|crypto signals)\b.*$")]
    private static partial Regex SideBusiness();
}
