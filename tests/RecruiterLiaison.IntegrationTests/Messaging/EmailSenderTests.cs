using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using RecruiterLiaison.Application.Messaging;
using RecruiterLiaison.Infrastructure;
using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.Messaging;

/// <summary>The app's e-mail sender against a real SMTP server on loopback: accepted, refused, unreachable, silent, signed in.</summary>
public sealed class EmailSenderTests
{
    [Fact]
    public async Task A_message_arrives_with_its_recipient_subject_and_text_intact()
    {
        await using var smtp = new LoopbackSmtpServer();
        var (sender, _) = Sender(Smtp(smtp.Port));

        await sender.SendAsync("client@demo.test", "Feedback on Zoë Müller", "Dear Sarah,\n\nThe café interview went well.", CancellationToken.None);

        var received = smtp.Received.ShouldHaveSingleItem();
        received.To.ShouldBe(["client@demo.test"]);
        received.Subject.ShouldBe("Feedback on Zoë Müller");
        received.Body.ShouldContain("The café interview went well.");
    }

    [Fact]
    public async Task A_refusal_fails_the_send_with_the_servers_answer_and_logs_it_in_one_line()
    {
        await using var smtp = new LoopbackSmtpServer { Refusing = true };
        var (sender, logs) = Sender(Smtp(smtp.Port));

        var failure = await Should.ThrowAsync<EmailDeliveryException>(() => sender.SendAsync("client@demo.test", "Reminder", "Text", CancellationToken.None));

        failure.Message.ShouldBe("refused by 127.0.0.1: 554 mailbox full");
        var line = logs.GetSnapshot().ShouldHaveSingleItem();
        line.Level.ShouldBe(LogLevel.Warning);
        line.Message.ShouldBe($"SMTP server 127.0.0.1:{smtp.Port} refused the e-mail to client@demo.test: 554 mailbox full");
        smtp.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_server_that_is_not_there_fails_the_send_so_the_outbox_retries()
    {
        var (sender, _) = Sender(Smtp(FreePort()));

        var failure = await Should.ThrowAsync<EmailDeliveryException>(() => sender.SendAsync("client@demo.test", "Reminder", "Text", CancellationToken.None));

        failure.Message.ShouldStartWith("could not talk to 127.0.0.1:");
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_instead_of_holding_the_dispatcher()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var settings = Smtp(port);
        settings["Email:TimeoutSeconds"] = "1";
        var (sender, _) = Sender(settings);

        var failure = await Should.ThrowAsync<EmailDeliveryException>(() => sender.SendAsync("client@demo.test", "Reminder", "Text", CancellationToken.None));

        failure.Message.ShouldStartWith($"could not talk to 127.0.0.1:{port}");
    }

    [Fact]
    public async Task With_credentials_the_sender_signs_in_and_with_wrong_ones_it_says_the_server_refused_them()
    {
        await using var smtp = new LoopbackSmtpServer(("mailer", "right-password"));
        var good = Smtp(smtp.Port);
        good["Email:UserName"] = "mailer";
        good["Email:Password"] = "right-password";
        var bad = new Dictionary<string, string?>(good) { ["Email:Password"] = "wrong-password" };

        await Sender(good).Sender.SendAsync("client@demo.test", "Signed in", "Text", CancellationToken.None);
        var (wrong, logs) = Sender(bad);
        var failure = await Should.ThrowAsync<EmailDeliveryException>(() => wrong.SendAsync("client@demo.test", "Not signed in", "Text", CancellationToken.None));

        smtp.Received.ShouldHaveSingleItem().Subject.ShouldBe("Signed in");
        failure.Message.ShouldStartWith("sign-in to 127.0.0.1 refused");
        logs.GetSnapshot().ShouldHaveSingleItem().Message.ShouldStartWith($"SMTP server 127.0.0.1:{smtp.Port} did not accept the credentials of mailer");
    }

    [Fact]
    public async Task Without_an_SMTP_host_each_message_is_an_eml_file_in_the_pickup_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rl-pickup-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (sender, _) = Sender(new Dictionary<string, string?> { ["Email:PickupDirectory"] = folder });

            await sender.SendAsync("client@demo.test", "Reminder", "Text", CancellationToken.None);

            var file = Directory.GetFiles(folder, "*.eml").ShouldHaveSingleItem();
            using var message = await MimeKit.MimeMessage.LoadAsync(file);
            message.Subject.ShouldBe("Reminder");
            message.To.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("client@demo.test");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static Dictionary<string, string?> Smtp(int port) => new()
    {
        ["Email:SmtpHost"] = "127.0.0.1",
        ["Email:SmtpPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Security"] = "None",
    };

    /// <summary>The sender as the app registers it; the database is never opened.</summary>
    private static (IEmailSender Sender, FakeLogCollector Logs) Sender(Dictionary<string, string?> settings)
    {
        settings["ConnectionStrings:Default"] = "Host=127.0.0.1;Database=unused";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging(logging => logging.AddFakeLogging()).AddInfrastructure(configuration).BuildServiceProvider();
        return (services.GetRequiredService<IEmailSender>(), services.GetFakeLogCollector());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
