using System.Text.RegularExpressions;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>
/// The line that closes a note ("Kind regards,", "Many thanks", "Yours, sadly,"): what follows
/// it is the signature. Rules that treat the signature apart ask here.
/// </summary>
public static partial class SignOff
{
    // "-- " on a line of its own is the e-mail convention for "the signature starts here".
    public static bool Is(string line) => Pattern().IsMatch(line.Trim()) || line.Trim() == "--";

    /// <summary>
    /// Where the signature begins: just after the last sign-off line, or the end of the body when
    /// there is none. Several rules ask of one body; the last body's answer is remembered, per thread.
    /// </summary>
    public static int SignatureStart(string body)
    {
        if (_last is { } last && ReferenceEquals(last.Body, body))
        {
            return last.Start;
        }

        var start = FindSignatureStart(body);
        _last = (body, start);
        return start;
    }

    [ThreadStatic]
    private static (string Body, int Start)? _last;

    private static int FindSignatureStart(string body)
    {
        // The first line is the greeting, even when it reads like a close ("Cheers Sarah,").
        var end = body.Length;
        var greetingEnd = body.IndexOf('\n');
        while (end > 0 && end > greetingEnd)
        {
            var start = body.LastIndexOf('\n', end - 1) + 1;
            if (Is(body[start..end]))
            {
                return end;
            }

            end = start - 1;
        }

        return NameOverFooter(body);
    }

    /// <summary>
    /// No sign-off: a name on a line of its own after a blank line, with at most three lines under
    /// it ("Sbu" over "Forex &amp; Crypto Coach | DM me for signals"), starts the signature; else none.
    /// </summary>
    private static int NameOverFooter(string body)
    {
        var lines = body.TrimEnd().Split('\n');
        for (var i = lines.Length - 1; i >= Math.Max(1, lines.Length - 4); i--)
        {
            var text = lines[i].Trim();
            if (text.Length > 0 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 && text.IndexOfAny(['.', '!', '?', ',', ':', '|']) < 0
                && lines[i - 1].Trim().Length == 0 && i < lines.Length - 1)
            {
                return lines.Take(i).Sum(l => l.Length + 1);
            }
        }

        return body.Length;
    }

    /// <summary>
    /// Where the signature ends: at a postscript after it ("P.S. I bake a mean banana bread"),
    /// which is part of the note, or at the end of the body.
    /// </summary>
    public static int SignatureEnd(string body, int signatureStart)
    {
        var postscript = Postscript().Match(body, signatureStart);
        return postscript.Success ? postscript.Index : body.Length;
    }

    // "With warm regards,", "Very respectfully,", "Ngā mihi", "Thank you and God bless."
    [GeneratedRegex(@"(?i)^((?:(?:kind|best|warm|warmest|many|with|sincere|sincerest|heartfelt|my|very|most|ever) )*(regards|wishes|thanks|thank you|sincerely|yours|cheers|best|respectfully|warmly|gratitude)|all the best|namaste|ngā mihi|nga mihi|atenciosamente|saludos|un saludo|cordialement|pozdrawiam|mit freundlichen grüßen|viele grüße)\b[^.!?]{0,20}$|^((thank you|thanks)( sir| madam| ma'am)?,? (and )?)?god bless( you)?[.!]?$")]
    private static partial Regex Pattern();

    // "P.S." and the Spanish "P.D.".
    [GeneratedRegex(@"(?im)^\s*p\.?\s?[sd]\b")]
    private static partial Regex Postscript();
}
