using System.Text.RegularExpressions;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>timing.thank-you, timing.before-window and timing.off-hours (seeds/001, seeds/003).</summary>
public sealed partial class TimingRules : IEtiquetteRule
{
    private const int DefaultQuietStart = 20;
    private const int DefaultQuietEnd = 7;

    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        if (context.Kind == NoteKind.ThankYou && context.HoursSinceInterview is > 24)
        {
            yield return new Finding("timing.thank-you", FindingSeverity.Info, 0, 0,
                $"Thank-you notes land best within 24 hours; it has been {FormatHours(context.HoursSinceInterview.Value)}. It is still worth sending.", null);
        }

        if (IsChaser(body, context) && context.SentAt is { } sent)
        {
            if (context.FeedbackDueAt is { } due && sent < due)
            {
                yield return new Finding("timing.before-window", FindingSeverity.Warning, 0, 0,
                    $"Feedback is not due until {due:ddd d MMM}. Chasing before then reads as impatient; your recruiter chases when it is late.", null);
            }
            else if (context.FeedbackDueAt is null && context.HoursSinceInterview is < 72)
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
            if (!WorkingCalendar.IsWorkingDay(local.DayOfWeek) || night)
            {
                yield return new Finding("timing.off-hours", FindingSeverity.Info, 0, 0,
                    $"This would reach the client at {local:ddd HH:mm}, outside working hours. Unless it is urgent, it reads better on a weekday morning.", null);
            }
        }
    }

    /// <summary>A follow-up, or any note that asks where things stand.</summary>
    private static bool IsChaser(string body, NoteCheckContext context) =>
        context.Kind == NoteKind.FollowUp || AsksForUpdate().IsMatch(body);

    private static string FormatHours(double hours) => hours < 48 ? $"{hours:0} hours" : $"{hours / 24:0} days";

    [GeneratedRegex(@"\b(any (update|news|word)|an update|heard back|where (things|we|it) stand|status of (my|the) application|a decision yet|made a decision)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksForUpdate();
}
