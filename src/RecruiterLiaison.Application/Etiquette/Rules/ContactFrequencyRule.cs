using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>
/// contact.frequency: the client's contact policy, and over-contact in general: several notes
/// a day, or more than one follow-up before feedback is due (seeds/001, seeds/002).
/// </summary>
public sealed class ContactFrequencyRule : IEtiquetteRule
{
    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        var policy = context.Policy;
        if (policy is { NotesAllowed: false })
        {
            yield return Whole(FindingSeverity.Blocker, "This client has asked not to receive notes from candidates. Your recruiter will pass on anything important.");
            yield break;
        }

        if (policy is { ThankYouNotesAllowed: false } && context.Kind == NoteKind.ThankYou)
        {
            yield return Whole(FindingSeverity.Blocker, "This client has asked not to receive thank-you notes. Tell your recruiter how the interview went instead.");
            yield break;
        }

        if (policy is not null && context.NotesThisRound >= policy.MaxNotesPerRound)
        {
            yield return Whole(FindingSeverity.Warning, $"This client accepts at most {policy.MaxNotesPerRound} note(s) per interview round, and you have sent {context.NotesThisRound}.");
        }
        else if (policy is not null && context.DaysSinceLastNote is { } days && days < policy.MinDaysBetweenNotes)
        {
            yield return Whole(FindingSeverity.Warning, $"This client asks for at least {policy.MinDaysBetweenNotes} day(s) between notes; your last was {days:0.#} day(s) ago.");
        }
        else if (context.NotesLast24h >= 2)
        {
            yield return Whole(FindingSeverity.Warning, $"You have already sent {context.NotesLast24h} notes to this client in the last 24 hours. Several notes a day reads as pressure.");
        }
        else if (context.Kind == NoteKind.FollowUp && context.NotesThisRound >= 1 && context.FeedbackDueAt is { } due && context.SentAt is { } sent && sent < due)
        {
            yield return Whole(FindingSeverity.Warning, "You have already followed up in this round, and feedback is not yet due. One follow-up is enough.");
        }
    }

    private static Finding Whole(FindingSeverity severity, string message) =>
        new("contact.frequency", severity, 0, 0, message, "Ask your recruiter about the best policy for this client.");
}
