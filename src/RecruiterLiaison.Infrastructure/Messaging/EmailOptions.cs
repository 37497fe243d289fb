namespace RecruiterLiaison.Infrastructure.Messaging;

/// <summary>Configuration section <c>Email</c>. Without an SMTP host, mail goes to the pickup folder.</summary>
public sealed class EmailOptions
{
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "RecruiterLiaison <no-reply@recruiter-liaison.local>";

    public string PickupDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "recruiter-liaison-mail");
}
