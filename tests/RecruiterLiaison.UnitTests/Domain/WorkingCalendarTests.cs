using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.UnitTests.Domain;

public sealed class WorkingCalendarTests
{
    private static readonly TimeZoneInfo London = WorkingCalendar.Zone("Europe/London");

    [Fact]
    public void Three_working_days_after_a_Wednesday_is_the_next_Monday()
    {
        var wednesday = new DateTimeOffset(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

        WorkingCalendar.AddWorkingDays(wednesday, 3, London).ShouldBe(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Three_working_days_after_a_Monday_is_the_Thursday()
    {
        var monday = new DateTimeOffset(2026, 11, 16, 10, 0, 0, TimeSpan.Zero);

        WorkingCalendar.AddWorkingDays(monday, 3, London).ShouldBe(new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Working_days_follow_the_agency_zone_not_UTC()
    {
        // Friday 23:30 in New York is already Saturday in UTC; the Friday still counts as Friday.
        var newYork = WorkingCalendar.Zone("America/New_York");
        var fridayEvening = new DateTimeOffset(2026, 11, 20, 23, 30, 0, TimeSpan.FromHours(-5));

        var due = WorkingCalendar.AddWorkingDays(fridayEvening, 1, newYork);

        TimeZoneInfo.ConvertTime(due, newYork).DayOfWeek.ShouldBe(DayOfWeek.Monday);
    }

    [Fact]
    public void A_start_at_the_weekend_counts_from_Monday()
    {
        var saturday = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

        WorkingCalendar.AddWorkingDays(saturday, 1, London).DayOfWeek.ShouldBe(DayOfWeek.Monday);
    }

    [Fact]
    public void Across_the_spring_clock_change_the_local_time_of_day_is_kept()
    {
        var friday = new DateTimeOffset(2026, 3, 27, 10, 0, 0, TimeSpan.Zero);

        var due = WorkingCalendar.AddWorkingDays(friday, 1, London);

        TimeZoneInfo.ConvertTime(due, London).Hour.ShouldBe(10);
        due.ShouldBe(new DateTimeOffset(2026, 3, 30, 9, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Where_the_weekend_is_Friday_and_Saturday_a_Thursday_due_date_moves_to_Sunday()
    {
        // A feedback window set on a Wednesday in Riyadh, one working day: Thursday; two: Sunday.
        var riyadh = WorkingCalendar.Zone("Asia/Riyadh");
        var wednesday = new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.FromHours(3));

        TimeZoneInfo.ConvertTime(WorkingCalendar.AddWorkingDays(wednesday, 1, riyadh), riyadh).DayOfWeek.ShouldBe(DayOfWeek.Thursday);
        TimeZoneInfo.ConvertTime(WorkingCalendar.AddWorkingDays(wednesday, 2, riyadh), riyadh).DayOfWeek.ShouldBe(DayOfWeek.Sunday);
    }

    [Fact]
    public void Review_hours_count_the_zones_working_week()
    {
        // A weekend in London, but in Riyadh Saturday is the weekend and Sunday a working day.
        var riyadh = WorkingCalendar.Zone("Asia/Riyadh");
        var saturday = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.FromHours(3));

        WorkingCalendar.WorkingHoursBetween(saturday, saturday.AddDays(2), riyadh).ShouldBe(24);
        var londonSaturday = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);
        WorkingCalendar.WorkingHoursBetween(londonSaturday, londonSaturday.AddDays(2), London).ShouldBe(0);
    }
}
