using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Web.Components.Shared;

public static class NoteKinds
{
    public static string Describe(NoteKind kind) => kind switch
    {
        NoteKind.ThankYou => "Thank-you",
        NoteKind.FollowUp => "Follow-up",
        NoteKind.AdditionalPoint => "Additional point",
        _ => kind.ToString(),
    };
}
