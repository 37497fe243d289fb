namespace RecruiterLiaison.Domain.Notes;

public enum NoteStatus
{
    PendingReview,
    Approved,
    Declined,
    Returned,
    Withdrawn,
}

public enum NoteKind
{
    ThankYou,
    FollowUp,
    Question,
    AdditionalPoint,
    Withdrawal,
    Other,
}

public enum DeclineReason
{
    Tone,
    Timing,
    TooFrequent,
    WrongRecipient,
    ForRecruiterNotClient,
    Other,
}

public enum ReviewAction
{
    Submitted,
    Claimed,
    Approved,
    RewrittenAndApproved,
    Declined,
    Returned,
    Withdrawn,
}
