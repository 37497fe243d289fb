namespace RecruiterLiaison.Domain.Common;

/// <summary>
/// Every length and range the product enforces, defined once: validators, EF configuration,
/// SQL migrations and form fields all read these.
/// </summary>
public static class Limits
{
    public const int NameLength = 200;
    public const int EmailLength = 256;
    public const int TitleLength = 200;
    public const int TimeZoneLength = 64;
    public const int ShortTextLength = 100;
    public const int NoteBodyLength = 8000;
    public const int LongTextLength = 4000;
    public const int MessageLength = 2000;
    public const int UrlLength = 500;
    public const int TokenHashLength = 64;
    public const int TokenPrefixLength = 12;
    public const int RatingMin = 1;
    public const int RatingMax = 4;
    public const int ScoreMin = 1;
    public const int ScoreMax = 5;
}
