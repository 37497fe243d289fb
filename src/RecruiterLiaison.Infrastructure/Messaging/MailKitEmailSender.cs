using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;
using RecruiterLiaison.Application.Messaging;

namespace RecruiterLiaison.Infrastructure.Messaging;

/// <summary>Sends over SMTP with MailKit when a host is configured; otherwise writes .eml files to the pickup folder.</summary>
internal sealed class MailKitEmailSender(IOptions<EmailOptions> options, ILogger<MailKitEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = Compose(settings.From, to, subject, body);
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            try
            {
                // Written under another name and renamed: whoever reads the folder never sees half a message.
                Directory.CreateDirectory(settings.PickupDirectory);
                var name = Path.Combine(settings.PickupDirectory, $"{Guid.NewGuid():N}");
                await message.WriteToAsync(name + ".tmp", cancellationToken);
                File.Move(name + ".tmp", name + ".eml");
            }
            catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
            {
                throw new EmailDeliveryException($"could not write to the pickup folder {settings.PickupDirectory}: {failure.Message}", failure);
            }

            return;
        }

        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(settings.TimeoutSeconds).TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (SmtpCommandException refusal)
        {
            logger.LogWarning("SMTP server {SmtpHost}:{SmtpPort} refused the e-mail to {Recipient}: {SmtpStatus} {ServerResponse}",
                settings.SmtpHost, settings.SmtpPort, to, (int)refusal.StatusCode, refusal.Message);
            throw new EmailDeliveryException($"refused by {settings.SmtpHost}: {(int)refusal.StatusCode} {refusal.Message}", refusal);
        }
        catch (AuthenticationException failure)
        {
            logger.LogWarning("SMTP server {SmtpHost}:{SmtpPort} did not accept the credentials of {SmtpUser}: {ServerResponse}",
                settings.SmtpHost, settings.SmtpPort, settings.UserName, failure.Message);
            throw new EmailDeliveryException($"sign-in to {settings.SmtpHost} refused: {failure.Message}", failure);
        }
        catch (Exception failure) when (failure is SmtpProtocolException or SslHandshakeException or ServiceNotConnectedException
                                            or SocketException or IOException or TimeoutException)
        {
            throw new EmailDeliveryException($"could not talk to {settings.SmtpHost}:{settings.SmtpPort}: {failure.Message}", failure);
        }
    }

    private static MimeMessage Compose(string from, string to, string subject, string body)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart(TextFormat.Plain) { Text = body } };
        try
        {
            message.From.Add(MailboxAddress.Parse(from));
            message.To.Add(MailboxAddress.Parse(to));
        }
        catch (ParseException invalid)
        {
            message.Dispose();
            throw new EmailDeliveryException($"not an e-mail address: {invalid.Message}", invalid);
        }

        return message;
    }
}
