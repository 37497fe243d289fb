using System.Text.RegularExpressions;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>length.long-winded: a thank-you note is a few sentences (seeds/002 "Long winded").</summary>
public sealed partial class LengthRule : IEtiquetteRule
{
    public static int MaxWords(NoteKind kind) => kind switch
    {
        NoteKind.ThankYou => 180,
        NoteKind.FollowUp => 150,
        NoteKind.Withdrawal => 200,
        NoteKind.Question => 220,
        NoteKind.AdditionalPoint => 250,
        _ => 250,
    };

    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        var words = Words().Count(body);
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

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Words();
}
