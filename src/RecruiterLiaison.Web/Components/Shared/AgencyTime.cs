using System.Globalization;
using System.Security.Claims;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Web.Security;

namespace RecruiterLiaison.Web.Components.Shared;

/// <summary>Shows instants in the agency's time zone, the zone everyone in a process shares.</summary>
public static class AgencyTime
{
    private static readonly CultureInfo Display = CultureInfo.GetCultureInfo("en-GB");

    public static TimeZoneInfo ZoneOf(ClaimsPrincipal user) => WorkingCalendar.Zone(user.FindFirstValue(ClaimsNames.TimeZone) ?? "UTC");

    public static string Format(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.ToString("ddd d MMM yyyy, HH:mm", Display) + " " + Abbreviation(zone, local);
    }

    public static string FormatDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("ddd d MMM yyyy", Display);

    private static string Abbreviation(TimeZoneInfo zone, DateTimeOffset local)
    {
        var offset = local.Offset;
        if (offset == TimeSpan.Zero)
        {
            return "UTC";
        }

        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var magnitude = offset.Duration();
        return "UTC" + sign + (magnitude.Minutes == 0 ? magnitude.Hours.ToString(Display) : magnitude.ToString(@"h\:mm", Display));
    }
}
