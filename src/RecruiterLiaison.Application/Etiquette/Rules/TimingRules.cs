using System.Text.RegularExpressions;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>timing.thank-you, timing.before-window and timing.off-hours (seeds/001, seeds/003).</summary>
public sealed partial class TimingRules : IEtiquetteRule
{
    /// <summary>
    /// Quiet hours when the client's policy does not say: 21:00 to 06:00 local. "At night" (DOMAIN.md):
    /// the blind writers left every weekday note sent from 20:00 to 21:00 alone (4), and flagged
    /// both sent after 21:00 (21:30, 21:45) and 23 of 25 sent from 22:00 (the other two emergencies).
    /// </summary>
    public const int DefaultQuietStart = 21;
    public const int DefaultQuietEnd = 6;

    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        if (context.Kind == NoteKind.ThankYou && context.HoursSinceInterview is > 24)
        {
            yield return new Finding("timing.thank-you", FindingSeverity.Info, 0, 0,
                $"Thank-you notes land best within 24 hours; it has been {FormatHours(context.HoursSinceInterview.Value)}. It is still worth sending.", null);
        }

        // Whether the note chases only matters when it would be early: the text is read last.
        var early = context.SentAt is { } sent && ((context.FeedbackDueAt is { } dueAt && sent < dueAt) || (context.FeedbackDueAt is null && context.HoursSinceInterview is < 72));
        if (early && IsChaser(body, context))
        {
            if (context.FeedbackDueAt is { } due)
            {
                yield return new Finding("timing.before-window", FindingSeverity.Warning, 0, 0,
                    $"Feedback is not due until {due:ddd d MMM}. Chasing before then reads as impatient; your recruiter chases when it is late.", null);
            }
            else
            {
                yield return new Finding("timing.before-window", FindingSeverity.Warning, 0, 0,
                    "Waiting three to four days before asking for an update is the norm.", null);
            }
        }

        if (context.SentAt is { } at)
        {
            var local = TimeZoneInfo.ConvertTime(at, WorkingCalendar.Zone(context.TimeZone));
            var quietStart = context.Policy?.QuietHoursStart ?? DefaultQuietStart;
            var quietEnd = context.Policy?.QuietHoursEnd ?? DefaultQuietEnd;
            var night = quietStart > quietEnd ? local.Hour >= quietStart || local.Hour < quietEnd : local.Hour >= quietStart && local.Hour < quietEnd;
            if ((!WorkingCalendar.IsWorkingDay(local.DayOfWeek, context.TimeZone) || night) && !IsUrgent(body))
            {
                yield return new Finding("timing.off-hours", FindingSeverity.Info, 0, 0,
                    $"This would reach the client at {local:ddd HH:mm}, outside working hours. Unless it is urgent, it reads better on a weekday morning.", null);
            }
        }
    }

    /// <summary>
    /// A note that asks where things stand, or any follow-up that is not sending what the client
    /// asked for: before the window, the blind writers called 637 of 653 such follow-ups early,
    /// many of them chasing in words no pattern listed ("I am writing again concerning the
    /// position", a meme of a skeleton "waiting for your reply"); the rest sent what was asked
    /// for, or only invited or joked (five notes, most of which this flags too). Nor, as a rule,
    /// is a thank-you a chase: the blind writers called 2 of 1,507 thank-yous early, and one that
    /// presses for the outcome is aggressive instead (tone.aggressive); asking outright whether the
    /// decision is made still is.
    /// </summary>
    private static bool IsChaser(string body, NoteCheckContext context) =>
        context.Kind == NoteKind.ThankYou
            ? AsksIfDecided().IsMatch(body)
            : AsksForUpdate(body) || AsksAfterDecision(body)
              || (context.Kind != NoteKind.Withdrawal && DemandsOutcome(body))
              || (context.Kind == NoteKind.FollowUp && !DeliversWhatWasAsked().IsMatch(body));

    /// <summary>"Unless it is urgent": news that cannot wait for the morning, about a meeting that is imminent.</summary>
    private static bool IsUrgent(string body) => Disruption().IsMatch(body) && Imminent().IsMatch(body);

    private static string FormatHours(double hours) => hours < 48 ? $"{hours:0} hours" : $"{hours / 24:0} days";

    // The long alternations below are read by .NET's non-backtracking engine: one pass over the
    // note rather than an attempt at every word (on a 300-word note, about 230 µs down to 20 µs for
    // the demand patterns, 120 µs to 30 µs for the decision patterns, measured in isolation). It
    // has no lookbehind, so the few branches that need one stay in a small pattern of their own.
    private const RegexOptions Unbacktracked = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex AsksForUpdateWords = new(@"\b((advise|confirm|share|let me know) (me )?(of )?the (outcome|result|decision)|heard back|when (exactly )?(will|can|might|should|could) i (hear|expect|know|get|receive|have)|when (the|a) decision (will|might|would|is)|(have|had|'d have) heard (something|anything) (by now|yet)|where (things|we|it|i) stand|(check|checking) in (on|about)|when (the team|the panel|the board|the committee|the company|the school|the trust|the firm|you|they) (will|might|expects? to|plans? to) (make|reach|finish|decide)|expect news|status of (my|the) (application|candidature|candidacy)|whether (i have|i've) been (shortlisted|selected|successful)|date for (the|a|your) decision|where (things|we|it|i) (are|is) at|how's it looking|what('s| is) the hold-?up|(can|will|could) i (receive|get|have|hear) (the|a|your) decision|let me know (your|the) decision|a decision yet|made a decision|decision (is|has been) made|(come to|reached) a decision|still in the running|whether i'?m (progressing|still|through|moving)|how i did|whether (a|the|any) decision)\b", Unbacktracked);

    // The branches that need a lookbehind, which the non-backtracking engine lacks.
    [GeneratedRegex(@"\b((?<!\bbefore )any (updates?|news|word|feedback|decision|movement|progress|results?)|(?<!\b(share|give|provide|send|sending|giving|sharing|providing|with|quick|brief|would) )an update|(?<!(wait|forward|hope|keen|excited|eager) to )hear back|(?<!\b(was|were) )still waiting)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksForUpdateGuarded();

    private static bool AsksForUpdate(string body) => AsksForUpdateWords.IsMatch(body) || AsksForUpdateGuarded().IsMatch(body);

    // A note that presses for the outcome by a date, or complains that nobody has answered yet, is
    // chasing too, however it is filed; the blind writers called such notes early when the feedback
    // date had not come, except in a thank-you (where pressing is aggressive, not a chase) and a
    // withdrawal (which asks for nothing).
    private static readonly Regex DemandsOutcomeWords = new(@"\b(i (need|expect|want|must|have) to (know|hear|have)\b[^.?!\n]{0,40}?\b(whether i|if i|(the|your|a) (decision|outcome|result|offer)|if you('re| are) (offering|going to offer|moving)|whether you('re| are| will) (offer|mov|progress))|yes or no|(decision|outcome|verdict) (about|on|regarding) (my|the) (appointment|application|candidacy|candidature),? (by|before|within) (today|tomorrow|(the )?end of|this week|next week|monday|tuesday|wednesday|thursday|friday)|(you|you'll|you will|panel|team|they|they'll) (be )?(deciding|decided|decide) (by|before) (today|tomorrow|(the )?end of|monday|tuesday|wednesday|thursday|friday|this week)|(nobody|no one|no-one|noone|nobody's|no one's) (has |have |is )?(answered|replied|responded|got back|gotten back|gets back|answers|replies|responds|answering|replying|responding)|still (no|not) (heard|had|received|got)|still (no|not a) (word|reply|response|answer|news)|(do|would|if|whether) i still (have|stand) a (chance|shot)|(is there )?(still|any) hope for me|(whether|if) the [\w -]{0,30}(job|role|position|post) is mine|when will (be )?the decision|when i (can|will|might|could|should) (expect|hear|know|get)|(if|whether) you (have|had) (already )?(some|any) (feedback|news)|tell me (the|my) (result|outcome|decision)|tell me anything about (the|my) (result|outcome|decision)|tell me (today |now )?whether i('ve| have) (made|been)|revert (by|before|today|asap|immediately)|(hear|heard) (from you |back |(something|anything) (concrete |definite |firm )?)?(by|before) (today|tomorrow|tonight|(the )?end of|monday|tuesday|wednesday|thursday|friday|this week)|(the status|your decision|the decision|the outcome) (immediately|today|asap|right away|at once)|(reply|answer|respond) (today|tomorrow|this week) with (the|a|your) (decision|answer|outcome|result))\b", Unbacktracked);

    // The branches that need a lookbehind, which the non-backtracking engine lacks.
    [GeneratedRegex(@"\b((?<!\bmy )(decision|outcome|offer( letter)?|verdict) (by|before|within) (today|tomorrow|tonight|(the )?end of|close of|eod|cob|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this week|next week|\d+ (hours|days)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DemandsOutcomeGuarded();

    private static bool DemandsOutcome(string body) => DemandsOutcomeWords.IsMatch(body) || DemandsOutcomeGuarded().IsMatch(body);

    [GeneratedRegex(@"\b((have|has) (you|the (team|panel))|did (you|the (team|panel))) (made|make|reached|reach|come to) (a|your|the) decision|\ba decision yet\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksIfDecided();

    // The decision asked after in other words: when it is made, whether one passed, that none came
    // yet, whether one is still being considered.
    private static readonly Regex AsksAfterDecisionWords = new(@"\b((the|a|your) decision (will|would|is going to) be (made|taken|reached)|when (will|would|might|is) (a|the|your) decision|(not|n't) (yet )?(received|had|heard|got) (a|the|any|your) (decision|answer|reply|response|feedback|news|update)|(know|tell me|hear) (if|whether) i (passed|pass|got|made it|am through|got through|have passed|have been successful|was successful)|am i (through|progressing|moving forward|shortlisted|successful)|when (exactly |realistically |roughly )?(will|would|can|might|do) (you|they|the (panel|team|company|board)) (decide|make (a|the|your) decision)|when (can|could|should|might) i (realistically|reasonably|roughly) (expect|hear|know)|when i (will|would|can|might|should) (hear|(receive|recieve|get|have|know|expect) (the |any |some |my |a )?(feedback|decision|results?|outcome|news|answer|response|update))|(inform|advise|notify|tell|update) me (of|about|on|with) (the|my) (result|results|outcome|decision|status)|when will (the )?(results?|decision|outcome|feedback) (come out|be (out|ready|available|announced|made|known|shared|released))|indication of (timing|timescales?|when)|put me out of my misery|(reached|formed|come to) a view|(had|have) (a|the) chance to (think about|consider|look at|review) my (application|candidacy|cv)|any (early |initial |first )?thoughts from (the|your) (panel|team|board|committee)|(finali[sz]ed|decided on|agreed|drawn up) the shortlist|(application|candidacy|candidature|name|i) (is|am|'m) still (being considered|under consideration|in consideration|in the (hat|mix|frame|running))|when (will|can|would) you (give|send|tell) me (the|an|your) (answer|decision|result|outcome))\b", Unbacktracked);

    private static bool AsksAfterDecision(string body) => AsksAfterDecisionWords.IsMatch(body);

    [GeneratedRegex(@"\b(as (you )?requested|as promised|you asked (me )?(for|to)|please find|(i have|i've) attached|attached (is|are)|here (is|are) (the|my)|referees|references|certificates?|writing samples?|portfolio)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeliversWhatWasAsked();

    [GeneratedRegex(@"\b(emergency|hospital|appendicitis|accident|ill|sick|unwell|running late|be late|(won't|will not|cannot|can't|unable to) (be able to )?(attend|make|come)|admitted|broken (arm|leg|wrist|ankle)|delayed|diverted|stranded|stuck|suspended|cancell?ed|power cut|outage)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Disruption();

    [GeneratedRegex(@"\b(today|tomorrow|tomorrow's|today's|this morning|tonight|this afternoon|this evening|in an hour|shortly)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Imminent();
}
