using MailKit.Security;

namespace RecruiterLiaison.Infrastructure.Messaging;

/// <summary>Configuration section <c>Email</c>. Without an SMTP host, mail goes to the pickup folder.</summary>
public sealed class EmailOptions
{
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 25;

    /// <summary>
    /// None, StartTls, StartTlsWhenAvailable, SslOnConnect or Auto (TLS on connect for port
    /// 465, STARTTLS when the server offers it otherwise).
    /// </summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>How long one SMTP operation may take before the send counts as failed and is retried later.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public string From { get; set; } = "RecruiterLiaison <no-reply@recruiter-liaison.local>";

    public string PickupDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "recruiter-liaison-mail");
}
