namespace RecruiterLiaison.Domain.Clients;

/// <summary>
/// How a client wants candidates to contact it ("ask your recruiter about the best policy for
/// follow up with that particular client"). One per client company.
/// </summary>
public sealed class ContactPolicy
{
    private ContactPolicy()
    {
    }

    internal ContactPolicy(Guid clientCompanyId)
    {
        ClientCompanyId = clientCompanyId;
    }

    public Guid ClientCompanyId { get; private set; }

    public bool NotesAllowed { get; private set; } = true;

    public bool ThankYouNotesAllowed { get; private set; } = true;

    public int MaxNotesPerRound { get; private set; } = 2;

    public int MinDaysBetweenNotes { get; private set; } = 2;

    /// <summary>Local hour (agency time zone) when quiet hours start; notes sent after it are off-hours.</summary>
    public int QuietHoursStart { get; private set; } = 19;

    public int QuietHoursEnd { get; private set; } = 8;

    public void Change(bool notesAllowed, bool thankYouNotesAllowed, int maxNotesPerRound, int minDaysBetweenNotes, int quietHoursStart, int quietHoursEnd)
    {
        if (maxNotesPerRound < 0 || minDaysBetweenNotes < 0 || quietHoursStart is < 0 or > 23 || quietHoursEnd is < 0 or > 23)
        {
            throw new Common.DomainException("A contact policy needs non-negative limits and quiet hours between 0 and 23.");
        }

        NotesAllowed = notesAllowed;
        ThankYouNotesAllowed = thankYouNotesAllowed;
        MaxNotesPerRound = maxNotesPerRound;
        MinDaysBetweenNotes = minDaysBetweenNotes;
        QuietHoursStart = quietHoursStart;
        QuietHoursEnd = quietHoursEnd;
    }
}
