namespace RecruiterLiaison.Domain.Common;

/// <summary>Working days are Monday to Friday in the agency's time zone.</summary>
public static class WorkingCalendar
{
    /// <summary>The same local time of day, <paramref name="days"/> working days later.</summary>
    public static DateTimeOffset AddWorkingDays(DateTimeOffset start, int days, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(start, zone).DateTime;
        var added = 0;
        while (added < days)
        {
            local = local.AddDays(1);
            if (IsWorkingDay(local.DayOfWeek))
            {
                added++;
            }
        }

        // A start at the weekend counts from the next working day, at the same time.
        while (!IsWorkingDay(local.DayOfWeek))
        {
            local = local.AddDays(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Hours between two instants, not counting Saturdays and Sundays in the zone.</summary>
    public static double WorkingHoursBetween(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone)
    {
        if (end <= start)
        {
            return 0;
        }

        var hours = 0.0;
        var cursor = TimeZoneInfo.ConvertTime(start, zone).DateTime;
        var stop = TimeZoneInfo.ConvertTime(end, zone).DateTime;
        while (cursor < stop)
        {
            var next = cursor.Date.AddDays(1) < stop ? cursor.Date.AddDays(1) : stop;
            if (IsWorkingDay(cursor.DayOfWeek))
            {
                hours += (next - cursor).TotalHours;
            }

            cursor = next;
        }

        return hours;
    }

    public static bool IsWorkingDay(DayOfWeek day) => day is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public static TimeZoneInfo Zone(string ianaId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone) ? zone : TimeZoneInfo.Utc;
}
