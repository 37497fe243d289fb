using RecruiterLiaison.IntegrationTests.Support;

namespace RecruiterLiaison.IntegrationTests.Feedback;

/// <summary>Its own database (chases change every window) and a loopback SMTP server for the e-mail.</summary>
public sealed class ChaseFixture : DatabaseFixture
{
    public LoopbackSmtpServer Smtp { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("Email:SmtpHost", "127.0.0.1"),
        new("Email:SmtpPort", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ChaseCollection : ICollectionFixture<ChaseFixture>
{
    public const string Name = "chases";
}
