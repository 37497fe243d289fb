using System.Buffers;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace RecruiterLiaison.IntegrationTests.Support;

/// <summary>
/// A real SMTP server (the SmtpServer library) on loopback that keeps every message it
/// accepts, so tests read what really went over the wire. Set <see cref="Refusing"/> to make
/// it answer every message with a permanent failure, as a full or strict server does.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Store _store = new();
    private readonly Task _serving;

    /// <param name="credentials">When given, the server demands AUTH with exactly these.</param>
    public LoopbackSmtpServer((string User, string Password)? credentials = null)
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("loopback")
            .Endpoint(endpoint => endpoint
                .Endpoint(new IPEndPoint(IPAddress.Loopback, Port))
                .AuthenticationRequired(credentials is not null)
                .AllowUnsecureAuthentication(credentials is not null))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        if (credentials is { } expected)
        {
            services.Add(new Credentials(expected.User, expected.Password));
        }

        _serving = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public bool Refusing
    {
        get => _store.Refusing;
        set => _store.Refusing = value;
    }

    public IReadOnlyList<ReceivedEmail> Received => _store.Received;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Credentials(string user, string password) : SmtpServer.Authentication.IUserAuthenticator
    {
        public Task<bool> AuthenticateAsync(ISessionContext context, string user1, string password1, CancellationToken cancellationToken) =>
            Task.FromResult(user1 == user && password1 == password);
    }

    private sealed class Store : MessageStore
    {
        private readonly List<ReceivedEmail> _received = [];

        public volatile bool Refusing;

        public IReadOnlyList<ReceivedEmail> Received
        {
            get
            {
                lock (_received)
                {
                    return [.. _received];
                }
            }
        }

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Refusing)
            {
                return new SmtpResponse(SmtpReplyCode.TransactionFailed, "mailbox full");
            }

            using var stream = new MemoryStream(buffer.ToArray());
            using var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            lock (_received)
            {
                _received.Add(new ReceivedEmail(transaction.To.Select(to => $"{to.User}@{to.Host}").ToList(), message.Subject ?? "", message.TextBody ?? ""));
            }

            return SmtpResponse.Ok;
        }
    }
}

/// <summary>One message as the server received it: envelope recipients, decoded subject and text.</summary>
public sealed record ReceivedEmail(IReadOnlyList<string> To, string Subject, string Body);
