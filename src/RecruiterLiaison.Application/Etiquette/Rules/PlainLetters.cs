using System.Globalization;
using System.Text;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>
/// A name as an address spells it: lower case, accents off, and the letters that are not an
/// accented Latin letter written as the address writes them ("Ọlátúnjí" is olatunji, "Đà Nẵng"
/// da nang, "Łukasz" lukasz), so a name and an address can be compared letter for letter.
/// </summary>
public static class PlainLetters
{
    /// <summary>
    /// Every way an address may spell the text: <see cref="Of"/>, and with German umlauts written
    /// with an e ("Schröder" as schroeder, "Müller" as mueller) where the text has any.
    /// </summary>
    public static IEnumerable<string> Spellings(string text)
    {
        yield return Of(text);
        var umlautsAsE = text.Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("Ä", "Ae").Replace("Ö", "Oe").Replace("Ü", "Ue");
        if (umlautsAsE != text)
        {
            yield return Of(umlautsAsE);
        }
    }

    public static string Of(string text)
    {
        if (text.All(char.IsAscii) || text.Any(char.IsSurrogate))
        {
            return text.ToLowerInvariant();
        }

        var plain = new StringBuilder(text.Length);
        foreach (var c in WithoutAccents(text.ToLowerInvariant()))
        {
            plain.Append(c switch
            {
                'đ' => "d",
                'ł' => "l",
                'ø' => "o",
                'æ' => "ae",
                'œ' => "oe",
                'ß' => "ss",
                'þ' => "th",
                'ð' => "d",
                'ı' => "i",
                _ => c.ToString(),
            });
        }

        return plain.ToString();
    }

    /// <summary>
    /// The word with its accents taken off, case kept ("résumé" is resume); the same instance when
    /// there are none. Text Unicode cannot normalise (a lone surrogate, the noncharacter U+FFFE)
    /// keeps its form.
    /// </summary>
    public static string WithoutAccents(string word)
    {
        if (word.All(char.IsAscii) || word.Any(char.IsSurrogate))
        {
            return word;
        }

        string decomposed;
        try
        {
            decomposed = word.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            // The code points .NET refuses are more than the surrogates tested above; the list is
            // ICU's, so it is asked rather than copied.
            return word;
        }

        var plain = new StringBuilder(word.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c);
            }
        }

        return plain.ToString();
    }
}
