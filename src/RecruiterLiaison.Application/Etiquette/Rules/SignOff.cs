using System.Text.RegularExpressions;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>
/// The line that closes a note ("Kind regards,", "Many thanks", "Yours, sadly,"): what follows
/// it is the signature. Rules that treat the signature apart ask here.
/// </summary>
public static partial class SignOff
{
    public static bool Is(string line) => Pattern().IsMatch(line.Trim());

    /// <summary>Where the signature begins: just after the last sign-off line, or the end of the body when there is none.</summary>
    public static int SignatureStart(string body)
    {
        var end = body.Length;
        while (end > 0)
        {
            var start = body.LastIndexOf('\n', end - 1) + 1;
            if (Is(body[start..end]))
            {
                return end;
            }

            end = start - 1;
        }

        return body.Length;
    }

    [GeneratedRegex(@"(?i)^((kind |best |warm |warmest |many |with )?(regards|wishes|thanks|thank you|sincerely|yours|cheers|best|respectfully|warmly|gratitude)|all the best|namaste)\b[^.!?]{0,20}$")]
    private static partial Regex Pattern();
}
