using System.Text.RegularExpressions;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>length.long-winded: a thank-you note is a few sentences (seeds/002 "Long winded").</summary>
public sealed partial class LengthRule : IEtiquetteRule
{
    // Set between the longest note of each kind the blind writers left alone and the shortest they
    // called long-winded (development sets, 3,960 notes): a thank-you they left alone ran to under
    // 130 words, one they flagged to over 140; an additional point or a withdrawal they flagged from
    // about 140 and 150, a follow-up only from 180.
    public static int MaxWords(NoteKind kind) => kind switch
    {
        NoteKind.ThankYou => 135,
        NoteKind.FollowUp => 130,
        NoteKind.Withdrawal => 135,
        NoteKind.Question => 145,
        NoteKind.AdditionalPoint => 140,
        _ => 125,
    };

    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        var words = CountWords(body);
        var limit = MaxWords(context.Kind);
        if (words > limit)
        {
            yield return new Finding("length.long-winded", FindingSeverity.Warning, 0, 0,
                $"At {words} words this is long for a {Describe(context.Kind)}; aim for under {limit}. Busy readers skim long notes.",
                "Keep to three or four short paragraphs: thanks, one specific point, your interest, sign-off.");
        }
    }

    private static string Describe(NoteKind kind) => kind switch
    {
        NoteKind.ThankYou => "thank-you note",
        NoteKind.FollowUp => "follow-up",
        NoteKind.AdditionalPoint => "note with an additional point",
        NoteKind.Withdrawal => "withdrawal",
        NoteKind.Question => "question",
        _ => "note",
    };

    /// <summary>Runs of letters and digits, with inner apostrophes and hyphens: "follow-up" and "don't" are one word each.</summary>
    public static int CountWords(string body)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in body)
        {
            if (char.IsLetterOrDigit(c))
            {
                count += inWord ? 0 : 1;
                inWord = true;
            }
            else if (!(inWord && c is '\'' or '’' or '-'))
            {
                inWord = false;
            }
        }

        return count;
    }
}
