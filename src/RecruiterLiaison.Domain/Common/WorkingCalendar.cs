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
            if (IsWorkingDay(local.DayOfWeek, zone.Id))
            {
                added++;
            }
        }

        // A start at the weekend counts from the next working day, at the same time.
        while (!IsWorkingDay(local.DayOfWeek, zone.Id))
        {
            local = local.AddDays(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Hours between two instants, not counting the zone's weekend.</summary>
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
            if (IsWorkingDay(cursor.DayOfWeek, zone.Id))
            {
                hours += (next - cursor).TotalHours;
            }

            cursor = next;
        }

        return hours;
    }

    public static bool IsWorkingDay(DayOfWeek day) => day is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// Whether the day is a working day where the writer is: Friday and Saturday are the weekend in
    /// most of the Gulf, in Egypt, Israel, Jordan, Iraq and Bangladesh (Sunday is a working day
    /// there), Friday alone in Iran; elsewhere Saturday and Sunday.
    /// </summary>
    public static bool IsWorkingDay(DayOfWeek day, string? ianaZone) =>
        ianaZone is not null && FridayWeekend.TryGetValue(ianaZone, out var saturdayToo)
            ? !(day == DayOfWeek.Friday || (saturdayToo && day == DayOfWeek.Saturday))
            : IsWorkingDay(day);

    // Zone -> whether Saturday is also off.
    private static readonly Dictionary<string, bool> FridayWeekend = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Asia/Riyadh"] = true, ["Asia/Qatar"] = true, ["Asia/Kuwait"] = true, ["Asia/Bahrain"] = true, ["Asia/Muscat"] = true, ["Asia/Aden"] = true,
        ["Africa/Cairo"] = true, ["Asia/Jerusalem"] = true, ["Asia/Tel_Aviv"] = true, ["Asia/Amman"] = true, ["Asia/Baghdad"] = true,
        ["Asia/Dhaka"] = true, ["Africa/Algiers"] = true, ["Africa/Tripoli"] = true, ["Africa/Khartoum"] = true, ["Asia/Kabul"] = true,
        ["Asia/Tehran"] = false,
    };

    public static TimeZoneInfo Zone(string ianaId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone) ? zone : TimeZoneInfo.Utc;
}
