namespace RecruiterLiaison.Web.Security;

/// <summary>Claims the app adds to every signed-in principal, cookie or token.</summary>
public static class ClaimsNames
{
    public const string AgencyId = "rl:agency";
    public const string DisplayName = "rl:name";
    public const string TimeZone = "rl:tz";
}
