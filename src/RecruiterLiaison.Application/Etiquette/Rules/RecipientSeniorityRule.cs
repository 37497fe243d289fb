using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>recipient.senior: no surprise e-mails to senior leaders or executives (seeds/000).</summary>
public sealed class RecipientSeniorityRule : IEtiquetteRule
{
    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        if (context.RecipientSeniority is Seniority.SeniorLeader or Seniority.Executive && !context.PriorContact)
        {
            yield return new Finding("recipient.senior", FindingSeverity.Warning, 0, 0,
                $"You have not met this {(context.RecipientSeniority == Seniority.Executive ? "executive" : "senior leader")} in this process. An unexpected note to a very senior person can do more harm than good.",
                "Address the note to the person who interviewed you, or ask your recruiter.");
        }
    }
}
